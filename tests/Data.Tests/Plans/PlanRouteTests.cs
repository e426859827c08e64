using BotApp.Data.Entities;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

/// <summary>The default tiers of ADR-016: tier "1" up to 25 % and ¥200,000 → business management; tier "2" → business management, leadership.</summary>
public sealed class PlanRouteTests
{
    private static readonly List<PlanTier> Tiers = new PlanApprovalOptions().Tiers;

    private const ApprovalStepKind Coop = ApprovalStepKind.CooperationManagement, Business = ApprovalStepKind.BusinessManagement,
        Leader = ApprovalStepKind.Leadership, Implement = ApprovalStepKind.Implementation;

    public static TheoryData<string, string?, ApprovalStepKind[]> Table => new()
    {
        { "25/200000", null, [Business, Implement] },
        { "25.01/1000", null, [Business, Leader, Implement] },
        { "10/200000.01", null, [Business, Leader, Implement] },
        { "0/0", null, [Business, Implement] },
        { "25/200000", "宁波讯通代理", [Coop, Business, Implement] },
        { "25.01/1000", "宁波讯通代理", [Coop, Business, Leader, Implement] },
        { "10/200000.01", "宁波讯通代理", [Coop, Business, Leader, Implement] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Routes_by_the_first_tier_that_admits_the_discount_and_the_concession(string plan, string? agents, ApprovalStepKind[] expected)
    {
        var (discount, concession) = Parse(plan);

        var route = PlanRoute.Draw(discount, concession, agents, Tiers);

        Assert.Equal(expected, route.Select(s => s.Kind));
    }

    [Fact]
    public void Explains_an_escalation_by_the_limit_exceeded()
    {
        var route = PlanRoute.Draw(32m, 1_000m, null, Tiers);

        Assert.All(route.Where(s => s.Kind is Business or Leader), step => AssertReason(step.Reason, PlanText.RouteAboveTier, "discount", 32m, 25m, "1"));
    }

    [Fact]
    public void Names_the_concession_when_only_it_is_above_the_limit_and_the_discount_when_both_are()
    {
        AssertReason(PlanRoute.Draw(10m, 200_000.01m, null, Tiers)[0].Reason, PlanText.RouteAboveTier, "concession", 200_000.01m, 200_000m, "1");
        AssertReason(PlanRoute.Draw(30m, 300_000m, null, Tiers)[0].Reason, PlanText.RouteAboveTier, "discount", 30m, 25m, "1");
    }

    [Fact]
    public void Explains_the_other_steps_of_the_route()
    {
        var route = PlanRoute.Draw(25m, 200_000m, " 宁波讯通代理 ", Tiers);

        AssertReason(route[0].Reason, PlanText.RouteAgentChannels, "宁波讯通代理");
        AssertReason(route[1].Reason, PlanText.RouteWithinTier, "1", 25m, 200_000m);
        AssertReason(route[2].Reason, PlanText.RouteImplementation);
    }

    [Fact]
    public void Reads_any_number_of_tiers_from_configuration()
    {
        List<PlanTier> tiers =
        [
            new() { Name = "A", MaxDiscountPercent = 10m, Steps = [Business] },
            new() { Name = "B", MaxDiscountPercent = 30m, MaxConcessionValue = 1_000_000m, Steps = [Leader] },
            new() { Name = "C", Steps = [Business, Leader] },
        ];

        Assert.Equal([Business, Implement], PlanRoute.Draw(10m, 5_000_000m, null, tiers).Select(s => s.Kind));
        Assert.Equal([Leader, Implement], PlanRoute.Draw(10.5m, 1_000_000m, null, tiers).Select(s => s.Kind));
        Assert.Equal([Business, Leader, Implement], PlanRoute.Draw(10.5m, 1_000_000.01m, null, tiers).Select(s => s.Kind));
        AssertReason(PlanRoute.Draw(10.5m, 1_000_000.01m, null, tiers)[0].Reason, PlanText.RouteAboveTier, "concession", 1_000_000.01m, 1_000_000m, "B");
    }

    [Fact]
    public void A_reason_survives_its_trip_through_the_store()
    {
        var reason = new TextRef(PlanText.RouteAboveTier, "discount", 32.5m, 25m, "1");

        var read = TextRef.FromJson(reason.ToJson());

        AssertReason(read, PlanText.RouteAboveTier, "discount", 32.5m, 25m, "1");
        Assert.Null(TextRef.FromJson(null));
    }

    private static void AssertReason(TextRef? reason, string key, params object[] args)
    {
        Assert.NotNull(reason);
        Assert.Equal(key, reason.Key);
        Assert.Equal(args, reason.Args);
    }

    private static (decimal Discount, decimal Concession) Parse(string plan)
    {
        var parts = plan.Split('/');
        return (decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
