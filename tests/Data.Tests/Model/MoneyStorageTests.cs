using BotApp.Data.Entities;
using BotApp.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Model;

public sealed class MoneyStorageTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Money_is_stored_as_integer_fen()
    {
        var customerId = await SeedBillsAsync(1_234.56m);
        await using var db = _database.CreateContext();

        var stored = await db.Database.SqlQuery<long>($"""SELECT "Revenue" AS "Value" FROM "MonthlyBills" WHERE "CustomerId" = {customerId}""").SingleAsync();
        var type = await db.Database.SqlQuery<string>($"""SELECT typeof("Revenue") AS "Value" FROM "MonthlyBills" WHERE "CustomerId" = {customerId}""").SingleAsync();

        Assert.Equal(123_456L, stored);
        Assert.Equal("integer", type);
    }

    [Fact]
    public async Task Sums_and_orders_money_in_SQL_exactly()
    {
        var customerId = await SeedBillsAsync(9.99m, 10.01m, 100m, 0.10m, 0.20m);
        await using var db = _database.CreateContext();
        var bills = db.MonthlyBills.Where(b => b.CustomerId == customerId);

        var total = await bills.SumAsync(b => b.Revenue);
        var ordered = await bills.OrderByDescending(b => b.Revenue).Select(b => b.Revenue).ToListAsync();
        var over10 = await bills.CountAsync(b => b.Revenue > 10m);

        Assert.Equal(120.30m, total);
        Assert.Equal([100m, 10.01m, 9.99m, 0.20m, 0.10m], ordered);
        Assert.Equal(2, over10);
    }

    [Fact]
    public async Task Amounts_finer_than_a_fen_round_half_away_from_zero()
    {
        var customerId = await SeedBillsAsync(0.005m, -0.005m, 1.004m);
        await using var db = _database.CreateContext();

        var stored = await db.MonthlyBills.Where(b => b.CustomerId == customerId).OrderBy(b => b.Month).Select(b => b.Revenue).ToListAsync();

        Assert.Equal([0.01m, -0.01m, 1.00m], stored);
    }

    [Fact]
    public async Task Enums_are_stored_by_name()
    {
        await using var db = _database.CreateContext();
        db.Staff.Add(Store.Staff(StaffRole.CooperationApprover));
        await db.SaveChangesAsync();

        var role = await db.Database.SqlQuery<string>($"""SELECT "Role" AS "Value" FROM "Staff" """).SingleAsync();

        Assert.Equal("CooperationApprover", role);
    }

    private async Task<long> SeedBillsAsync(params decimal[] amounts)
    {
        await using var db = _database.CreateContext();
        var unit = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var customer = Store.Customer(Store.Staff(StaffRole.AccountManager, unit), unit);
        var product = Store.Product(ProductCategory.Mobile);
        for (var i = 0; i < amounts.Length; i++)
            customer.Bills.Add(new MonthlyBill { Month = 202601 + i, Product = product, Revenue = amounts[i] });
        db.GroupCustomers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }
}
