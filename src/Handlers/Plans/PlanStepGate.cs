using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Handlers.Staff;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Who may act on a step, checked from the store and never from the card (ADR-016): the viewer sees the plan, has the
/// step's role or is its named assignee, is not the requester, and the step is the one waited on at the version the
/// card showed. Stale beats comment problems: a late click learns who decided first, not that its comment was short.
/// </summary>
public static class PlanStepGate
{
    public sealed record Open(PersonalisedPlan Plan, ApprovalStep Step);

    /// <summary>The plan and step, tracked, when the viewer may act now; otherwise the answer to give.</summary>
    public static async Task<(Open? Open, PlanStepOutcome? Refusal)> OpenAsync(
        BotDbContext db, StaffMember viewer, long planId, long stepId, int versionSeen, bool implementation, CancellationToken cancellationToken)
    {
        if (await PlanLoad.VisibleAsync(db, viewer, planId, cancellationToken) is not { } plan)
            return (null, new PlanStepOutcome.NotAllowed());
        // A visible plan without the step: its route was redrawn by a revision since the card was sent.
        if (plan.Steps.FirstOrDefault(s => s.Id == stepId) is not { } step)
            return (null, await PlanLoad.StaleStepAsync(db, viewer, planId, stepId, cancellationToken));
        if ((step.Kind == ApprovalStepKind.Implementation) != implementation || !PlanRoles.MayAct(step, viewer.Id, viewer.Role, plan.RequesterId))
            return (null, new PlanStepOutcome.NotAllowed());
        if (PlanRoles.CurrentStep(plan) != step || plan.Version != versionSeen)
            return (null, await PlanLoad.StaleStepAsync(db, viewer, planId, stepId, cancellationToken));
        return (new Open(plan, step), null);
    }
}
