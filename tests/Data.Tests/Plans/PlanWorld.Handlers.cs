using BotApp.Data.Entities;
using BotApp.Handlers.Plans;
using Microsoft.EntityFrameworkCore;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace BotApp.Data.Tests.Plans;

/// <summary>Each call is a turn: a fresh context and the handler as Mediator would build it, on the world's clock and options.</summary>
public sealed partial class PlanWorld
{
    public PlanCalendar Calendar => new(Options);

    public async Task<FilePlanOutcome> FileAsync(Staff requester, PlanTerms terms, long? planId = null, int version = 0)
    {
        await using var db = Database.CreateContext();
        return await new FilePlanHandler(db, Clock, MsOptions.Create(Options)).Handle(new FilePlan(Member(requester), terms, planId, version), CancellationToken.None);
    }

    /// <summary>Files the terms and expects them on a route.</summary>
    public async Task<PlanView> FiledAsync(Staff requester, PlanTerms terms) =>
        Assert.IsType<FilePlanOutcome.Filed>(await FileAsync(requester, terms)).Plan;

    public async Task<FilePlanOutcome> AgreeAsync(Staff requester, long planId, int version)
    {
        await using var db = Database.CreateContext();
        return await new MarkPlanAgreedHandler(db, Clock, MsOptions.Create(Options)).Handle(new MarkPlanAgreed(Member(requester), planId, version), CancellationToken.None);
    }

    public async Task<PlanStepOutcome> DecideAsync(Staff approver, long planId, long stepId, int version, PlanDecision decision = PlanDecision.Approve, string? comment = null)
    {
        await using var db = Database.CreateContext();
        return await new DecidePlanStepHandler(db, Clock, Calendar).Handle(new DecidePlanStep(Member(approver), planId, stepId, version, decision, comment), CancellationToken.None);
    }

    /// <summary>Acts on the plan's current step as the card would show it now.</summary>
    public Task<PlanStepOutcome> DecideAsync(Staff approver, PlanView plan, PlanDecision decision = PlanDecision.Approve, string? comment = null) =>
        DecideAsync(approver, plan.Id, plan.CurrentStepId!.Value, plan.Version, decision, comment);

    /// <summary>Decides and expects the decision to be saved.</summary>
    public async Task<PlanView> DecidedAsync(Staff approver, PlanView plan, PlanDecision decision = PlanDecision.Approve, string? comment = null) =>
        Assert.IsType<PlanStepOutcome.Decided>(await DecideAsync(approver, plan, decision, comment)).Plan;

    public async Task<PlanStepOutcome> CompleteAsync(Staff staff, PlanView plan, string? comment = null)
    {
        await using var db = Database.CreateContext();
        return await new CompletePlanTaskHandler(db, Clock, Calendar).Handle(new CompletePlanTask(Member(staff), plan.Id, plan.CurrentStepId!.Value, plan.Version, comment), CancellationToken.None);
    }

    public async Task<PlanView?> GetAsync(Staff viewer, long planId)
    {
        await using var db = Database.CreateContext();
        return await new GetPlanHandler(db).Handle(new GetPlan(Member(viewer), planId), CancellationToken.None);
    }

    public async Task<PlanForm?> FormAsync(Staff viewer, long? customerId = null, long? planId = null)
    {
        await using var db = Database.CreateContext();
        return await new GetPlanFormHandler(db).Handle(new GetPlanForm(Member(viewer), customerId, planId), CancellationToken.None);
    }

    public async Task<PlanPage> ApprovalsAsync(Staff viewer, int skip = 0, int take = 10)
    {
        await using var db = Database.CreateContext();
        return await new ListMyApprovalsHandler(db).Handle(new ListMyApprovals(Member(viewer), skip, take), CancellationToken.None);
    }

    public async Task<PlanPage> MyPlansAsync(Staff viewer, int skip = 0, int take = 10)
    {
        await using var db = Database.CreateContext();
        return await new ListMyPlansHandler(db).Handle(new ListMyPlans(Member(viewer), skip, take), CancellationToken.None);
    }

    public async Task<PlanReminders> RemindAsync()
    {
        await using var db = Database.CreateContext();
        return await new SendPlanRemindersHandler(db, Clock, Calendar, MsOptions.Create(Options)).Handle(new SendPlanReminders(), CancellationToken.None);
    }

    /// <summary>The outbox rows, with the kind and data of their payload.</summary>
    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Outbox.AsNoTracking().Include(o => o.ConversationReference).OrderBy(o => o.Id).ToListAsync();
    }

    public async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var db = Database.CreateContext();
        return await db.AuditLog.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>Sets a plan's approval route straight in the store, for rows other code paths wrote (demo data, imports).</summary>
    public async Task<long> SeedPlanAsync(Staff requester, GroupCustomer customer, params ApprovalStepKind[] route)
    {
        await using var db = Database.CreateContext();
        var plan = new PersonalisedPlan
        {
            CustomerId = customer.Id,
            TariffId = Tariff.Id,
            RequesterId = requester.Id,
            DiscountPercent = 10m,
            ValidityMonths = 12,
            ExpectedMonthlyRevenue = 9_000m,
            Justification = "客户扩容，申请阶梯折扣",
            Status = PlanStatus.PendingApproval,
            CreatedAt = Monday,
            SubmittedAt = Monday,
        };
        for (var i = 0; i < route.Length; i++)
            plan.Steps.Add(new ApprovalStep { Order = i + 1, Kind = route[i], AssigneeRole = ApprovalStep.RoleFor(route[i]) });
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
