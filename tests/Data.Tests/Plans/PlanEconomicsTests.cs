using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

/// <summary>¥100 a unit, unit cost ¥40: 10 % off is ¥90; ¥9,000 a month is 100 units.</summary>
public sealed class PlanEconomicsTests
{
    [Fact]
    public void Counts_units_and_spreads_subsidy_and_commission_over_them_and_the_validity()
    {
        var economics = PlanEconomics.Of(100m, 40m, 10m, subsidy: 12_000m, commission: 2_400m, months: 12, monthlyRevenue: 9_000m);

        Assert.Equal(90m, economics.DiscountedUnitPrice);
        Assert.Equal(100m, economics.Units);
        Assert.Equal(12m, economics.ConcessionPerUnit);
        Assert.Equal(78m, economics.EffectiveUnitPrice);
        Assert.False(economics.IsBelowCost);
    }

    [Fact]
    public void Total_concession_is_the_discount_given_up_over_the_validity_plus_subsidy_and_commission()
    {
        // ¥9,000 after 10 % off was ¥10,000: ¥1,000 a month given up, 12 months.
        var economics = PlanEconomics.Of(100m, 40m, 10m, subsidy: 5_000m, commission: 1_000m, months: 12, monthlyRevenue: 9_000m);

        Assert.Equal(18_000m, economics.ConcessionValue);
    }

    [Fact]
    public void A_plan_exactly_at_unit_cost_is_allowed_and_a_fen_of_subsidy_more_is_below_cost()
    {
        // 90 − S/(12 × 100) = 40 exactly when S = 60,000.
        var atCost = PlanEconomics.Of(100m, 40m, 10m, subsidy: 60_000m, commission: 0m, months: 12, monthlyRevenue: 9_000m);
        var below = PlanEconomics.Of(100m, 40m, 10m, subsidy: 60_000.01m, commission: 0m, months: 12, monthlyRevenue: 9_000m);

        Assert.False(atCost.IsBelowCost);
        Assert.Equal(40m, atCost.EffectiveUnitPrice);
        Assert.True(below.IsBelowCost);
        Assert.Equal(39.99m, below.EffectiveUnitPrice);
        Assert.Equal(below.DiscountedUnitPrice, below.ConcessionPerUnit + below.EffectiveUnitPrice);
    }

    [Fact]
    public void A_discount_alone_below_cost_is_refused()
    {
        var economics = PlanEconomics.Of(100m, 40m, 60.01m, subsidy: 0m, commission: 0m, months: 12, monthlyRevenue: 3_999m);

        Assert.True(economics.IsBelowCost);
        Assert.Equal(39.99m, economics.DiscountedUnitPrice);
    }
}
