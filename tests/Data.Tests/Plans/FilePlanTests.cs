using BotApp.Data.Entities;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

public sealed class FilePlanTests : IDisposable
{
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Files_a_plan_on_its_route_with_each_steps_reason()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        Assert.Equal(PlanStatus.PendingApproval, plan.Status);
        Assert.Equal([ApprovalStepKind.BusinessManagement, ApprovalStepKind.Implementation], plan.Steps.Select(s => s.Kind));
        Assert.Equal(PlanText.RouteWithinTier, plan.Steps[0].Reason?.Key);
        Assert.Equal(plan.Steps[0].Id, plan.CurrentStepId);
        Assert.Equal(_world.Approvers.Select(a => a.Id), plan.CurrentActorIds);
        Assert.False(plan.ViewerMayAct);
        Assert.Equal((1, 90m, 12_000m), (plan.Version, plan.Economics.EffectiveUnitPrice, plan.Economics.ConcessionValue));
        Assert.Equal(PlanWorld.Monday, plan.SubmittedAt);
    }

    [Fact]
    public async Task A_subsidy_exactly_at_the_tier_limit_stays_in_the_tier_and_a_fen_more_goes_to_leadership()
    {
        // 20 % off, ¥60,000 a month, 12 months: ¥180,000 given up, plus the subsidy.
        var atLimit = await _world.FiledAsync(_world.Wang, _world.Terms(discount: 20m, revenue: 60_000m, subsidy: 20_000m));
        var above = await _world.FiledAsync(_world.Wang, _world.Terms(discount: 20m, revenue: 60_000m, subsidy: 20_000.01m));

        Assert.Equal(200_000m, atLimit.Economics.ConcessionValue);
        Assert.DoesNotContain(atLimit.Steps, s => s.Kind == ApprovalStepKind.Leadership);
        Assert.Contains(above.Steps, s => s.Kind == ApprovalStepKind.Leadership);
        Assert.Equal(["concession", 200_000.01m, 200_000m, "1"], above.Steps[0].Reason!.Args);
    }

    [Fact]
    public async Task Agent_channels_put_cooperation_management_first()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms(agents: "宁波讯通代理", commission: 1_200m));

        Assert.Equal(ApprovalStepKind.CooperationManagement, plan.CurrentStep?.Kind);
        Assert.Equal([_world.Cooperation.Id], plan.CurrentActorIds);
    }

    [Fact]
    public async Task A_plan_below_cost_is_refused_with_the_numbers_and_nothing_is_saved()
    {
        var outcome = await _world.FileAsync(_world.Wang, _world.Terms(subsidy: 60_000.01m));

        var refused = Assert.IsType<FilePlanOutcome.BelowCost>(outcome);
        Assert.Equal((90m, 50.01m, 39.99m, 40m), (refused.Economics.DiscountedUnitPrice, refused.Economics.ConcessionPerUnit, refused.Economics.EffectiveUnitPrice, refused.Economics.UnitCost));
        Assert.Empty((await _world.MyPlansAsync(_world.Wang)).Items);
        Assert.IsType<FilePlanOutcome.Filed>(await _world.FileAsync(_world.Wang, _world.Terms(subsidy: 60_000m)));
    }

    [Fact]
    public async Task Another_managers_customer_answers_like_one_that_does_not_exist()
    {
        var theirs = await _world.FileAsync(_world.Wang, _world.Terms(customer: _world.LisCustomer));
        var missing = await _world.FileAsync(_world.Wang, _world.Terms() with { CustomerId = 999_999 });

        Assert.Equal("customerId", Assert.Single(Assert.IsType<FilePlanOutcome.Invalid>(theirs).Errors).Field);
        Assert.Equal(Assert.IsType<FilePlanOutcome.Invalid>(theirs).Errors[0].Error.Key, Assert.IsType<FilePlanOutcome.Invalid>(missing).Errors[0].Error.Key);
    }

    [Fact]
    public async Task Only_published_tariffs_can_be_adjusted()
    {
        var unpublished = await _world.FileAsync(_world.Wang, _world.Terms(tariff: _world.Unpublished));
        var unknown = await _world.FileAsync(_world.Wang, _world.Terms() with { TariffId = 999_999 });

        Assert.Equal(PlanText.InvalidTariff, Assert.Single(Assert.IsType<FilePlanOutcome.Invalid>(unpublished).Errors).Error.Key);
        Assert.Equal(PlanText.InvalidTariff, Assert.Single(Assert.IsType<FilePlanOutcome.Invalid>(unknown).Errors).Error.Key);
    }

    public static TheoryData<string, string> Tampered => new()
    {
        { "discountPercent", "-1" }, { "discountPercent", "100" }, { "discountPercent", "10.001" },
        { "subsidy", "-0.01" }, { "subsidy", "10000000.01" }, { "agentCommission", "5" },
        { "validityMonths", "0" }, { "validityMonths", "37" },
        { "expectedMonthlyRevenue", "0" }, { "expectedMonthlyRevenue", "100000000.01" }, { "expectedMonthlyRevenue", "9000.005" },
        { "justification", "short" }, { "justification", "long" },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public async Task Values_outside_the_ranges_are_refused_whatever_the_card_allowed(string field, string value)
    {
        var terms = With(_world.Terms(), field, value);

        var outcome = await _world.FileAsync(_world.Wang, terms);

        Assert.Equal(field is "agentCommission" ? "agentChannels" : field, Assert.Single(Assert.IsType<FilePlanOutcome.Invalid>(outcome).Errors).Field);
    }

    [Fact]
    public async Task Staff_who_approve_or_implement_plans_do_not_file_them()
    {
        Assert.IsType<FilePlanOutcome.NotAllowed>(await _world.FileAsync(_world.Approver, _world.Terms()));
        Assert.IsType<FilePlanOutcome.NotAllowed>(await _world.FileAsync(_world.Support[0], _world.Terms()));
    }

    [Fact]
    public async Task A_structural_change_waits_for_its_agreement_and_is_routed_once_marked_agreed()
    {
        var draft = Assert.IsType<FilePlanOutcome.AwaitingAgreement>(await _world.FileAsync(_world.Wang, _world.Terms(structural: true))).Plan;

        Assert.Equal(PlanStatus.Draft, draft.Status);
        Assert.Empty(draft.Steps);
        Assert.Empty((await _world.ApprovalsAsync(_world.Approver)).Items);
        Assert.IsType<FilePlanOutcome.NotAllowed>(await _world.AgreeAsync(_world.Li, draft.Id, draft.Version));

        var routed = Assert.IsType<FilePlanOutcome.Filed>(await _world.AgreeAsync(_world.Wang, draft.Id, draft.Version)).Plan;

        Assert.True(routed.IsAgreedInAdvance);
        Assert.Equal(PlanStatus.PendingApproval, routed.Status);
        Assert.Equal(2, routed.Version);
        Assert.IsType<FilePlanOutcome.Stale>(await _world.AgreeAsync(_world.Wang, draft.Id, draft.Version));
        Assert.Single((await _world.ApprovalsAsync(_world.Approver)).Items);
    }

    [Fact]
    public async Task Filing_is_audited_with_the_terms_and_the_route()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        var entry = Assert.Single(await _world.AuditAsync(PlanAudit.File));
        Assert.Equal((_world.Wang.Id, plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.StaffId, entry.EntityId));
        Assert.Contains("\"route\":[\"BusinessManagement\",\"Implementation\"]", entry.DetailsJson, StringComparison.Ordinal);
    }

    private static PlanTerms With(PlanTerms terms, string field, string value)
    {
        if (field == "justification")
            return terms with { Justification = value == "short" ? " 太贵了，降价 " : new string('长', 1_001) };
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        return field switch
        {
            "discountPercent" => terms with { DiscountPercent = number },
            "subsidy" => terms with { Subsidy = number },
            "agentCommission" => terms with { AgentCommission = number },
            "validityMonths" => terms with { ValidityMonths = (int)number },
            "expectedMonthlyRevenue" => terms with { ExpectedMonthlyRevenue = number },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
