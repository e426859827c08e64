using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using BotApp.Handlers.Staff;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Plans;

/// <summary>Plans as the commands load them (tracked, with their steps, always through VisiblePlans) and the answers they share.</summary>
public static class PlanLoad
{
    public static Task<PersonalisedPlan?> VisibleAsync(BotDbContext db, StaffMember viewer, long planId, CancellationToken cancellationToken) =>
        CustomerVisibility.VisiblePlans(db, viewer.Identity).Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);

    /// <summary>The viewer's own plan: only its requester revises it or marks it agreed.</summary>
    public static Task<PersonalisedPlan?> OwnAsync(BotDbContext db, StaffMember viewer, long planId, CancellationToken cancellationToken) =>
        CustomerVisibility.VisiblePlans(db, viewer.Identity).Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == planId && p.RequesterId == viewer.Id, cancellationToken);

    public static async Task<FilePlanOutcome> FiledAsync(BotDbContext db, StaffMember viewer, PersonalisedPlan plan, CancellationToken cancellationToken) =>
        await PlanViews.ReadAsync(db, viewer, plan.Id, cancellationToken) switch
        {
            null => new FilePlanOutcome.NotAllowed(),
            { Status: PlanStatus.Draft } view => new FilePlanOutcome.AwaitingAgreement(view),
            var view => new FilePlanOutcome.Filed(view),
        };

    public static async Task<FilePlanOutcome> StaleFilingAsync(BotDbContext db, StaffMember viewer, long planId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await PlanViews.ReadAsync(db, viewer, planId, cancellationToken) is { } view
            ? new FilePlanOutcome.Stale(view, view.DecisionFor(0))
            : new FilePlanOutcome.NotAllowed();
    }

    public static async Task<PlanStepOutcome> StaleStepAsync(BotDbContext db, StaffMember viewer, long planId, long stepId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await PlanViews.ReadAsync(db, viewer, planId, cancellationToken) is { } view
            ? new PlanStepOutcome.Stale(view, view.DecisionFor(stepId))
            : new PlanStepOutcome.NotAllowed();
    }

    public static async Task<PlanStepOutcome> DecidedAsync(BotDbContext db, StaffMember viewer, long planId, CancellationToken cancellationToken) =>
        await PlanViews.ReadAsync(db, viewer, planId, cancellationToken) is { } view ? new PlanStepOutcome.Decided(view) : new PlanStepOutcome.NotAllowed();
}
