using System.Globalization;
using BotApp.Data.Entities;
using BotApp.Handlers.Customers;

namespace BotApp.Data.Tests.Customers;

/// <summary>The bills card of 华东模具 on 2026-11-23: closed months only, latest first, split by product category.</summary>
public sealed class GetCustomerBillsTests(LookupWorldFixture fixture) : IClassFixture<LookupWorldFixture>
{
    private readonly LookupWorld _world = fixture.World;

    [Fact]
    public async Task Lists_every_month_latest_first_with_revenue_by_category_and_empty_months()
    {
        var bills = (await _world.BillsAsync(_world.Wang, _world.Mould.Id, months: 4))!;

        Assert.Equal((_world.Mould.Id, _world.Mould.Code, "余姚华东模具有限公司"), (bills.CustomerId, bills.Code, bills.Name));
        Assert.Equal([202610, 202609, 202608, 202607], bills.Months.Select(m => m.Month));
        Assert.Equal([45_000m, 38_000m, 0m, 37_000m], bills.Months.Select(m => m.Total));
        Assert.Equal([new(ProductCategory.Mobile, 40_000m), new CategoryRevenue(ProductCategory.DataLine, 5_000m)], bills.Months[0].ByCategory);
        Assert.Empty(bills.Months[2].ByCategory);
        Assert.Equal([new(ProductCategory.Mobile, 36_000m), new CategoryRevenue(ProductCategory.Cloud, 1_000m)], bills.Months[3].ByCategory);
    }

    [Fact]
    public async Task Twelve_months_by_default_with_the_categories_billed_highest_total_first()
    {
        var bills = (await _world.BillsAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(12, bills.Months.Count);
        Assert.Equal((202610, 202511), (bills.Months[0].Month, bills.Months[^1].Month));
        Assert.Equal(30_000m, bills.Months[^1].Total);
        Assert.Equal([ProductCategory.Mobile, ProductCategory.DataLine, ProductCategory.Cloud], bills.Categories);
    }

    [Fact]
    public async Task Another_managers_customer_has_no_bills_card_and_the_refusal_is_audited()
    {
        Assert.Null(await _world.BillsAsync(_world.Li, _world.Mould.Id));

        var entry = await _world.LastAuditAsync();
        Assert.Equal((_world.Li.Id, CustomerAudit.Bills, _world.Mould.Id.ToString(CultureInfo.InvariantCulture), """{"outcome":"NotVisible","months":12}"""),
            (entry.StaffId, entry.Action, entry.EntityId, entry.DetailsJson));
        Assert.Null(await _world.BillsAsync(_world.Wang, 987_654));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(GetCustomerBills.MaxMonths + 1)]
    public async Task Refuses_periods_it_does_not_serve(int months) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _world.BillsAsync(_world.Wang, _world.Mould.Id, months));
}
