using BotApp.Data.Entities;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Writes;

public sealed class BulkInsertTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Bulk_rows_read_back_exactly_like_rows_saved_by_EF()
    {
        var (unitId, managerId) = await SeedStaffAsync();
        await using var db = _database.CreateContext();
        var customers = Enumerable.Range(1, 25).Select(i => new GroupCustomer
        {
            Id = 1000 + i,
            Code = $"C3302{i:D5}",
            Name = $"宁波客户{i}",
            Industry = Industry.Finance,
            OrgUnitId = unitId,
            AccountManagerId = managerId,
            MemberCount = i,
            IsRedListed = i % 2 == 0,
        });
        var bills = Enumerable.Range(1, 25).Select(i => new MonthlyBill { CustomerId = 1000 + i, Month = 202610, ProductId = 1, Revenue = 1_234.56m * i });
        var agreements = Enumerable.Range(1, 25).Select(i => new Agreement
        {
            Number = $"A{i}",
            CustomerId = 1000 + i,
            StartOn = new DateOnly(2026, 1, i),
            EndOn = new DateOnly(2027, 1, i),
            Value = 0.01m,
        });
        await db.Products.AddAsync(new Product { Id = 1, Code = "MVPN", Name = "移动VPN", Category = ProductCategory.Mobile });
        await db.SaveChangesAsync();

        var inserted = await BulkInsert.RunAsync(db, customers, CancellationToken.None, batchSize: 10);
        await BulkInsert.RunAsync(db, bills, CancellationToken.None, batchSize: 7);
        await BulkInsert.RunAsync(db, agreements, CancellationToken.None);

        await using var check = _database.CreateContext();
        var customer = await check.GroupCustomers.Include(c => c.Bills).Include(c => c.Agreements).SingleAsync(c => c.Code == "C330200012");
        Assert.Equal(25, inserted);
        Assert.Equal((1012, "宁波客户12", Industry.Finance, true, 12), (customer.Id, customer.Name, customer.Industry, customer.IsRedListed, customer.MemberCount));
        Assert.Equal(14_814.72m, Assert.Single(customer.Bills).Revenue);
        Assert.Equal(new DateOnly(2027, 1, 12), Assert.Single(customer.Agreements).EndOn);
        Assert.Equal(25, await check.Agreements.CountAsync(a => a.EndOn >= new DateOnly(2027, 1, 1)));
        Assert.Equal(1_234.56m * 325, await check.MonthlyBills.SumAsync(b => b.Revenue));
    }

    [Fact]
    public async Task Inside_the_callers_transaction_a_failure_leaves_nothing_behind()
    {
        var (unitId, managerId) = await SeedStaffAsync();
        await using var db = _database.CreateContext();
        var rows = Enumerable.Range(1, 30).Select(i => new GroupCustomer
        {
            Code = i == 30 ? "C000000001" : $"C1{i:D8}",
            Name = $"客户{i}",
            OrgUnitId = unitId,
            AccountManagerId = managerId,
        }).Prepend(new GroupCustomer { Code = "C000000001", Name = "先到的", OrgUnitId = unitId, AccountManagerId = managerId });

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => BulkInsert.RunAsync(db, rows, CancellationToken.None, batchSize: 10));
        }

        await using var check = _database.CreateContext();
        Assert.Equal(0, await check.GroupCustomers.CountAsync());
    }

    [Fact]
    public async Task Without_a_transaction_each_batch_commits_on_its_own()
    {
        var (unitId, managerId) = await SeedStaffAsync();
        await using var db = _database.CreateContext();
        var rows = Enumerable.Range(1, 25).Select(i => new GroupCustomer
        {
            Code = i == 25 ? "C100000001" : $"C1{i:D8}",
            Name = $"客户{i}",
            OrgUnitId = unitId,
            AccountManagerId = managerId,
        });

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => BulkInsert.RunAsync(db, rows, CancellationToken.None, batchSize: 10));

        await using var check = _database.CreateContext();
        Assert.Equal(20, await check.GroupCustomers.CountAsync());
    }

    private async Task<(long UnitId, long ManagerId)> SeedStaffAsync()
    {
        await using var db = _database.CreateContext();
        var unit = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var manager = Store.Staff(StaffRole.AccountManager, unit);
        db.Staff.Add(manager);
        await db.SaveChangesAsync();
        return (unit.Id, manager.Id);
    }
}
