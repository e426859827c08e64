using BotApp.Data.Entities;
using BotApp.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Demo;

public sealed class DemoContentTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Customers_have_unique_realistic_names_and_valid_codes()
    {
        await using var db = demo.CreateContext();

        var customers = await db.GroupCustomers.Select(c => new { c.Code, c.Name, c.NameEn }).ToListAsync();

        Assert.All(customers, c => Assert.True(CustomerCode.IsValid(c.Code), c.Code));
        Assert.Equal(customers.Count, customers.Select(c => c.Name).Distinct().Count());
        Assert.Contains(customers, c => c.Name == "宁波港集团有限公司" && c.NameEn == "Ningbo Port Group Co., Ltd.");
        Assert.Contains(customers, c => c.Name == "余姚市教育局");
        Assert.Contains(customers, c => c.Name.EndsWith("人民医院", StringComparison.Ordinal) && c.Name.StartsWith("浙江省", StringComparison.Ordinal));
        // Two-character words search must find (FTS5 trigrams cannot): 移动, 联通, 电力.
        Assert.All(new[] { "移动", "联通", "电力" }, word => Assert.True(customers.Count(c => c.Name.Contains(word, StringComparison.Ordinal)) >= 2, word));
        Assert.InRange(customers.Count(c => c.NameEn != null) / (double)customers.Count, 0.05, 0.25);
    }

    [Fact]
    public async Task Red_list_and_VIP_customers_are_a_few()
    {
        await using var db = demo.CreateContext();

        var total = await db.GroupCustomers.CountAsync();
        var vip = await db.GroupCustomers.CountAsync(c => c.IsVip);
        var redListed = await db.GroupCustomers.CountAsync(c => c.IsRedListed);

        Assert.InRange(vip, 5, total / 20);
        Assert.InRange(redListed, 5, total / 20);
    }

    [Fact]
    public async Task The_catalogue_has_prices_above_cost_and_plans_never_price_below_it()
    {
        await using var db = demo.CreateContext();

        var tariffs = await db.Tariffs.ToListAsync();
        var plans = await db.Plans.Select(p => new { p.DiscountPercent, p.Tariff.StandardMonthlyPrice, p.Tariff.UnitCost, p.Tariff.IsPublished }).ToListAsync();

        Assert.All(tariffs, t => Assert.True(t.StandardMonthlyPrice > t.UnitCost && t.MarketReferenceValue > t.UnitCost, t.Code));
        Assert.Contains(tariffs, t => t.IsCampaign);
        Assert.All(plans, p =>
        {
            Assert.True(p.IsPublished);
            Assert.True(p.StandardMonthlyPrice * (100 - p.DiscountPercent) / 100 >= p.UnitCost);
        });
    }

    [Fact]
    public async Task There_are_pending_plans_with_a_step_waiting_and_open_work_orders_all_at_version_one()
    {
        await using var db = demo.CreateContext();

        var pending = await db.Plans.Where(p => p.Status == PlanStatus.PendingApproval).Select(p => p.Steps.Count(s => s.Decision == StepDecision.Pending && s.DueAt != null)).ToListAsync();
        var open = await db.WorkOrders.CountAsync(w => w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Replied);
        var versions = await db.Plans.Select(p => p.Version).Concat(db.WorkOrders.Select(w => w.Version)).Distinct().ToListAsync();

        Assert.NotEmpty(pending);
        Assert.All(pending, waiting => Assert.Equal(1, waiting));
        Assert.True(open >= 10, $"{open} open work orders");
        Assert.Equal([1], versions);
    }

    [Fact]
    public async Task Foreign_keys_hold_and_every_index_of_the_schema_is_back()
    {
        await using var db = demo.CreateContext();
        using var fresh = new Infrastructure.TestDatabase();
        await using var freshDb = fresh.CreateContext();

        var violations = await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS Value FROM pragma_foreign_key_check").ToListAsync();

        Assert.Empty(violations);
        Assert.Equal(await SchemaAsync(freshDb), await SchemaAsync(db));
    }

    private static Task<List<string>> SchemaAsync(BotDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS Value FROM sqlite_master ORDER BY type, name").ToListAsync();
}
