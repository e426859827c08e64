using BotApp.Data.Entities;
using BotApp.Handlers.Plans;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Plans;

public sealed class DecidePlanStepTests : IDisposable
{
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_last_approval_approves_the_plan_and_opens_the_implementation_task()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        var approved = await _world.DecidedAsync(_world.Approver, plan, comment: "同意。");

        Assert.Equal(PlanStatus.Approved, approved.Status);
        Assert.Equal(2, approved.Version);
        var decided = approved.Steps[0];
        Assert.Equal((StepDecision.Approved, _world.Approver.Name, PlanWorld.Monday, "同意。", 1), (decided.Decision, decided.DecidedBy?.Name, decided.DecidedAt, decided.Comment, decided.CardVersionSeen));
        Assert.Equal(ApprovalStepKind.Implementation, approved.CurrentStep?.Kind);
        Assert.Equal(_world.Support.Select(s => s.Id), approved.CurrentActorIds);
        Assert.Equal(PlanWorld.Monday.AddDays(1), approved.CurrentStep?.DueAt);
    }

    [Fact]
    public async Task Business_management_above_its_authority_escalates_to_leadership()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms(discount: 30m, revenue: 7_000m));

        var escalated = await _world.DecidedAsync(_world.Approver, plan);

        Assert.Equal(StepDecision.Escalated, escalated.Steps[0].Decision);
        Assert.Equal((PlanStatus.PendingApproval, ApprovalStepKind.Leadership), (escalated.Status, escalated.CurrentStep?.Kind));
        Assert.Equal(PlanStatus.Approved, (await _world.DecidedAsync(_world.Leadership, escalated)).Status);
    }

    [Fact]
    public async Task Nobody_acts_on_a_step_that_is_not_theirs()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms(discount: 30m, revenue: 7_000m));

        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.DecideAsync(_world.Leadership, plan));
        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.DecideAsync(_world.Support[0], plan));
        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.DecideAsync(_world.Wang, plan));
        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.DecideAsync(_world.Li, plan));
        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.DecideAsync(_world.Admin, plan));
        Assert.Equal(StepDecision.Pending, (await _world.GetAsync(_world.Wang, plan.Id))!.Steps[0].Decision);
    }

    [Fact]
    public async Task No_one_approves_their_own_plan_even_with_the_role()
    {
        var planId = await _world.SeedPlanAsync(_world.Approver, _world.WangsCustomer, ApprovalStepKind.BusinessManagement, ApprovalStepKind.Implementation);
        var plan = (await _world.GetAsync(_world.Approver, planId))!;

        Assert.False(plan.ViewerMayAct);
        Assert.DoesNotContain(_world.Approver.Id, plan.CurrentActorIds);
        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.DecideAsync(_world.Approver, plan));
        Assert.IsType<PlanStepOutcome.Decided>(await _world.DecideAsync(_world.Approvers[1], plan));
    }

    [Fact]
    public async Task A_double_tap_is_one_decision_and_the_second_learns_who_decided_when()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        await _world.DecidedAsync(_world.Approver, plan);
        _world.Clock.Advance(TimeSpan.FromMinutes(5));

        var second = await _world.DecideAsync(_world.Approvers[1], plan, PlanDecision.Reject, "不同意");

        var stale = Assert.IsType<PlanStepOutcome.Stale>(second);
        Assert.Equal((StepDecision.Approved, _world.Approver.Name, PlanWorld.Monday), (stale.Decision?.Decision, stale.Decision?.DecidedBy?.Name, stale.Decision?.DecidedAt));
        Assert.Equal(PlanStatus.Approved, stale.Plan.Status);
        Assert.Single(await _world.AuditAsync(PlanAudit.Decide));
    }

    [Fact]
    public async Task A_card_of_an_older_version_is_stale_even_if_its_step_is_still_pending()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms(agents: "宁波讯通代理"));
        var approved = await _world.DecidedAsync(_world.Cooperation, plan);

        var outcome = await _world.DecideAsync(_world.Approver, plan.Id, approved.CurrentStepId!.Value, plan.Version);

        Assert.Equal(_world.Cooperation.Name, Assert.IsType<PlanStepOutcome.Stale>(outcome).Decision?.DecidedBy?.Name);
    }

    [Theory]
    [InlineData(PlanDecision.Reject, null)]
    [InlineData(PlanDecision.SendBack, "   ")]
    public async Task Reject_and_send_back_need_a_comment(PlanDecision decision, string? comment)
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        var outcome = await _world.DecideAsync(_world.Approver, plan, decision, comment);

        Assert.Equal(PlanText.CommentRequired, Assert.IsType<PlanStepOutcome.Invalid>(outcome).Error.Key);
    }

    [Fact]
    public async Task A_comment_longer_than_500_characters_is_refused()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        var outcome = await _world.DecideAsync(_world.Approver, plan, PlanDecision.Approve, new string('好', 501));

        Assert.Equal(PlanText.CommentTooLong, Assert.IsType<PlanStepOutcome.Invalid>(outcome).Error.Key);
    }

    [Fact]
    public async Task A_rejection_ends_the_route_and_keeps_the_decision()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        var rejected = await _world.DecidedAsync(_world.Approver, plan, PlanDecision.Reject, "收入承诺不足");

        Assert.Equal(PlanStatus.Rejected, rejected.Status);
        Assert.Equal((StepDecision.Rejected, "收入承诺不足"), (Assert.Single(rejected.Steps).Decision, rejected.Steps[0].Comment));
        Assert.Null(rejected.CurrentStepId);
        Assert.Empty((await _world.ApprovalsAsync(_world.Support[0])).Items);
    }

    [Fact]
    public async Task Eight_approvers_at_once_make_exactly_one_decision()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        _world.ChatWith(_world.Wang);
        var approvers = Enumerable.Range(0, 8).Select(i => _world.Approvers[i % _world.Approvers.Length]).ToArray();

        var outcomes = await Task.WhenAll(approvers.Select((approver, i) => Task.Run(() =>
            _world.DecideAsync(approver, plan, i % 2 == 0 ? PlanDecision.Approve : PlanDecision.SendBack, "请补充测算"))));

        Assert.Single(outcomes.OfType<PlanStepOutcome.Decided>());
        Assert.Equal(7, outcomes.OfType<PlanStepOutcome.Stale>().Count());
        await using var db = _world.Database.CreateContext();
        Assert.Equal(1, await db.ApprovalSteps.CountAsync(s => s.PlanId == plan.Id && s.Decision != StepDecision.Pending));
        Assert.Equal(2, (await db.Plans.SingleAsync(p => p.Id == plan.Id)).Version);
        Assert.Single(await _world.AuditAsync(PlanAudit.Decide));
        Assert.Single(await _world.OutboxAsync());
    }

    [Fact]
    public async Task Each_decision_is_audited_with_the_version_the_approver_saw()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        await _world.DecidedAsync(_world.Approver, plan, PlanDecision.SendBack, "请补充竞争对手报价");

        var entry = Assert.Single(await _world.AuditAsync(PlanAudit.Decide));
        Assert.Equal(_world.Approver.Id, entry.StaffId);
        Assert.Contains("\"decision\":\"SentBack\"", entry.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"comment\":\"请补充竞争对手报价\"", entry.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"versionSeen\":1", entry.DetailsJson, StringComparison.Ordinal);
    }
}
