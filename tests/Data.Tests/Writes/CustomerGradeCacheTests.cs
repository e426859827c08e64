using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Writes;

public sealed class CustomerGradeCacheTests : IDisposable
{
    private const int LastClosed = 202610;
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>Mobile bills per customer as (month, revenue); DataLine revenue is added to every customer and must not count.</summary>
    public static TheoryData<string, (int Month, decimal Revenue)[]> Histories => new()
    {
        { "established", [(202601, 1m), (202608, 40_000m), (202609, 50_000m), (202610, 60_000m)] },
        { "exactly five-star", [(202608, 50_000m), (202609, 50_000m), (202610, 50_000m)] },
        { "gap in the window", [(202605, 9_000m), (202608, 30_000m), (202610, 30_000m)] },
        { "new last month", [(202610, 12_000m)] },
        { "new two months ago", [(202609, 2_000m), (202610, 3_000m)] },
        { "rounds up to a boundary", [(202608, 2_499.99m), (202609, 2_500m), (202610, 2_500m)] },
        { "rounds just below a boundary", [(202608, 2_499.98m), (202609, 2_500m), (202610, 2_500m)] },
        { "only after the close", [(202611, 80_000m)] },
        { "lapsed before the window", [(202605, 80_000m)] },
        { "no mobile at all", [] },
        { "refunds", [(202608, -300m), (202609, 100m), (202610, 100m)] },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public async Task The_SQL_refresh_grades_exactly_like_the_rule(string _, (int Month, decimal Revenue)[] mobileBills)
    {
        var customerId = await SeedAsync(mobileBills);

        await using (var db = _database.CreateContext())
            await CustomerGradeCache.RefreshAsync(db, LastClosed, customerId: null, CancellationToken.None);

        await using var check = _database.CreateContext();
        var customer = await check.GroupCustomers.SingleAsync(c => c.Id == customerId);
        var expected = GradeRevenue.Of(mobileBills, LastClosed);
        Assert.Equal((expected, CustomerGrade.Of(expected), LastClosed), (customer.GradeRevenue, customer.Grade, customer.GradedMonth));
    }

    [Fact]
    public async Task Refreshing_one_customer_leaves_the_others_alone()
    {
        var first = await SeedAsync([(202610, 60_000m)]);
        var second = await SeedAsync([(202610, 60_000m)]);

        await using (var db = _database.CreateContext())
            await CustomerGradeCache.RefreshAsync(db, LastClosed, first, CancellationToken.None);

        await using var check = _database.CreateContext();
        var grades = await check.GroupCustomers.OrderBy(c => c.Id).Where(c => c.Id == first || c.Id == second).Select(c => c.Grade).ToListAsync();
        Assert.Equal([5, CustomerGrade.Lowest], grades);
    }

    [Fact]
    public async Task Refreshing_a_set_of_customers_grades_those_and_leaves_the_others_alone()
    {
        var first = await SeedAsync([(202610, 60_000m)]);
        var second = await SeedAsync([(202610, 12_000m)]);
        var third = await SeedAsync([(202610, 60_000m)]);

        await using (var db = _database.CreateContext())
            await CustomerGradeCache.RefreshCustomersAsync(db, LastClosed, [first, second], CancellationToken.None);

        await using var check = _database.CreateContext();
        var grades = await check.GroupCustomers.OrderBy(c => c.Id).Where(c => c.Id == first || c.Id == second || c.Id == third).Select(c => c.Grade).ToListAsync();
        Assert.Equal([5, 3, CustomerGrade.Lowest], grades);
    }

    [Fact]
    public void Applying_a_grade_on_the_entity_rounds_and_grades_like_the_refresh()
    {
        var customer = new GroupCustomer { Code = "C330200001", Name = "测试" };

        customer.ApplyGrade(29_999.995m, LastClosed);

        Assert.Equal((30_000.00m, 4, LastClosed), (customer.GradeRevenue, customer.Grade, customer.GradedMonth));
    }

    private async Task<long> SeedAsync((int Month, decimal Revenue)[] mobileBills)
    {
        await using var db = _database.CreateContext();
        var unit = await db.OrgUnits.FirstOrDefaultAsync() ?? OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var mobile = await db.Products.FirstOrDefaultAsync(p => p.Code == "MVPN") ?? new Product { Code = "MVPN", Name = "移动VPN", Category = ProductCategory.Mobile };
        var line = await db.Products.FirstOrDefaultAsync(p => p.Code == "DLINE") ?? new Product { Code = "DLINE", Name = "数据专线", Category = ProductCategory.DataLine };
        var customer = Store.Customer(Store.Staff(StaffRole.AccountManager, unit), unit);
        foreach (var group in mobileBills.GroupBy(b => b.Month))
            customer.Bills.Add(new MonthlyBill { Month = group.Key, Product = mobile, Revenue = group.Sum(b => b.Revenue) });
        foreach (var month in new[] { 202608, 202609, 202610 })
            customer.Bills.Add(new MonthlyBill { Month = month, Product = line, Revenue = 90_000m });
        db.GroupCustomers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }
}
