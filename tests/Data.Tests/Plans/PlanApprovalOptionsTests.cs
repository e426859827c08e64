using BotApp.Data.Entities;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

public sealed class PlanApprovalOptionsTests
{
    [Fact]
    public void The_defaults_are_the_tiers_of_ADR_016_and_valid()
    {
        var options = new PlanApprovalOptions();

        Assert.Empty(PlanApprovalOptionsValidator.Problems(options));
        Assert.Equal([25m, null], options.Tiers.Select(t => t.MaxDiscountPercent));
        Assert.Equal([200_000m, null], options.Tiers.Select(t => t.MaxConcessionValue));
        Assert.Equal((1, 30, "Asia/Shanghai"), (options.ImplementationDue, options.ExpiryReminderDays, options.TimeZone));
    }

    [Fact]
    public void A_last_tier_with_a_limit_is_refused_because_some_plans_would_have_no_route()
    {
        var options = new PlanApprovalOptions();
        options.Tiers[^1].MaxDiscountPercent = 60m;

        Assert.Contains(PlanApprovalOptionsValidator.Problems(options), p => p.Contains("last tier", StringComparison.Ordinal));
    }

    [Fact]
    public void Tiers_without_steps_or_out_of_order_are_refused()
    {
        var options = new PlanApprovalOptions();
        options.Tiers.Insert(1, new PlanTier { Name = "1b", MaxDiscountPercent = 20m, MaxConcessionValue = 500_000m, Steps = [] });

        var problems = PlanApprovalOptionsValidator.Problems(options);

        Assert.Contains(problems, p => p.Contains("at least one step", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("must not be lower", StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_added_by_rule_cannot_be_put_in_a_tier()
    {
        var options = new PlanApprovalOptions();
        options.Tiers[0].Steps.Add(ApprovalStepKind.Implementation);

        Assert.Single(PlanApprovalOptionsValidator.Problems(options));
    }

    [Fact]
    public void Calendar_settings_are_checked()
    {
        var options = new PlanApprovalOptions { TimeZone = "Mars/Olympus", ImplementationDue = 0, MakeUpWorkdays = [new(2026, 10, 9)], Holidays = [new(2026, 10, 9)] };

        Assert.Equal(4, PlanApprovalOptionsValidator.Problems(options).Count);
    }
}
