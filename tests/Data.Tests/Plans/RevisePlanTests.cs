using BotApp.Data.Entities;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

public sealed class RevisePlanTests : IDisposable
{
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_plan_sent_back_is_revised_and_resubmitted_on_a_new_route_with_its_history()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        var returned = await _world.DecidedAsync(_world.Approver, plan, PlanDecision.SendBack, "折扣偏高，请补充竞争对手报价");
        var form = (await _world.FormAsync(_world.Wang, planId: plan.Id))!;

        var outcome = await _world.FileAsync(_world.Wang, form.Revision!.Terms with { DiscountPercent = 30m, ExpectedMonthlyRevenue = 7_000m }, plan.Id, form.Revision.Version);

        Assert.Equal((PlanStatus.ReturnedForChanges, 2), (returned.Status, returned.Version));
        Assert.Equal("折扣偏高，请补充竞争对手报价", form.Revision.SentBack?.Comment);
        var resubmitted = Assert.IsType<FilePlanOutcome.Filed>(outcome).Plan;
        Assert.Equal((PlanStatus.PendingApproval, 3, 30m), (resubmitted.Status, resubmitted.Version, resubmitted.DiscountPercent));
        Assert.Equal(
            [(1, StepDecision.SentBack), (2, StepDecision.Pending), (3, StepDecision.Pending), (4, StepDecision.Pending)],
            resubmitted.Steps.Select(s => (s.Order, s.Decision)));
        Assert.Equal(ApprovalStepKind.Leadership, resubmitted.Steps[2].Kind);
        Assert.Equal(resubmitted.Steps[1].Id, resubmitted.CurrentStepId);
        Assert.Single(await _world.AuditAsync(PlanAudit.Resubmit));
    }

    [Fact]
    public async Task The_card_from_before_the_revision_is_stale()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        var returned = await _world.DecidedAsync(_world.Approver, plan, PlanDecision.SendBack, "请补充测算");
        var resubmitted = Assert.IsType<FilePlanOutcome.Filed>(await _world.FileAsync(_world.Wang, _world.Terms(discount: 12m), plan.Id, returned.Version)).Plan;

        var old = await _world.DecideAsync(_world.Approvers[1], plan);

        Assert.Equal(StepDecision.SentBack, Assert.IsType<PlanStepOutcome.Stale>(old).Decision?.Decision);
        Assert.IsType<PlanStepOutcome.Decided>(await _world.DecideAsync(_world.Approvers[1], resubmitted));
    }

    [Fact]
    public async Task Only_the_requester_revises_and_only_what_they_saw()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        var returned = await _world.DecidedAsync(_world.Approver, plan, PlanDecision.SendBack, "请补充测算");

        Assert.IsType<FilePlanOutcome.NotAllowed>(await _world.FileAsync(_world.Li, _world.Terms(customer: _world.LisCustomer), plan.Id, returned.Version));
        Assert.IsType<FilePlanOutcome.NotAllowed>(await _world.FileAsync(_world.Approver, _world.Terms(), plan.Id, returned.Version));
        Assert.IsType<FilePlanOutcome.Stale>(await _world.FileAsync(_world.Wang, _world.Terms(), plan.Id, plan.Version));
        Assert.Null(await _world.FormAsync(_world.Li, planId: plan.Id));
    }

    [Fact]
    public async Task A_revision_keeps_its_customer()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        var returned = await _world.DecidedAsync(_world.Approver, plan, PlanDecision.SendBack, "请补充测算");
        var other = new GroupCustomer { Code = "C900000001", Name = "余姚阳明光电有限公司", OrgUnitId = _world.WangsCustomer.OrgUnitId, AccountManagerId = _world.Wang.Id };
        await using (var db = _world.Database.CreateContext())
        {
            db.GroupCustomers.Add(other);
            await db.SaveChangesAsync();
        }

        var outcome = await _world.FileAsync(_world.Wang, _world.Terms(customer: other), plan.Id, returned.Version);

        Assert.Equal("customerId", Assert.Single(Assert.IsType<FilePlanOutcome.Invalid>(outcome).Errors).Field);
    }

    [Fact]
    public async Task A_plan_still_on_its_route_cannot_be_revised()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        Assert.IsType<FilePlanOutcome.Stale>(await _world.FileAsync(_world.Wang, _world.Terms(discount: 5m), plan.Id, plan.Version));
    }
}
