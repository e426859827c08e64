using BotApp.Data;
using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Puts a filed (or revised, or newly agreed) plan on its route. A structural change not agreed in advance stays a
/// draft. A revision keeps its decided steps as history and draws the whole route again after them: the terms
/// changed, so every approver on the new route sees them.
/// </summary>
public static class PlanSubmission
{
    public static void Route(PersonalisedPlan plan, PlanEconomics economics, IReadOnlyList<PlanTier> tiers, DateTimeOffset now)
    {
        if (!plan.MayBeRouted)
        {
            plan.Status = PlanStatus.Draft;
            return;
        }
        var order = plan.Steps.Select(s => s.Order).DefaultIfEmpty(0).Max();
        foreach (var step in PlanRoute.Draw(plan.DiscountPercent, economics.ConcessionValue, plan.AgentChannels, tiers))
            plan.Steps.Add(new ApprovalStep { Order = ++order, Kind = step.Kind, AssigneeRole = ApprovalStep.RoleFor(step.Kind), RouteReason = step.Reason.ToJson() });
        plan.Status = PlanStatus.PendingApproval;
        plan.SubmittedAt = now;
    }

    /// <summary>
    /// Saves the plan (its new steps get their ids), then queues the first step's notices and the audit entry and saves
    /// again: call it inside one transaction (PlanSave), so all of it commits or none.
    /// </summary>
    public static async Task WriteAsync(BotDbContext db, PersonalisedPlan plan, long staffId, string action, TimeProvider time, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (PlanRoles.CurrentStep(plan) is { } first)
            await PlanNotices.ToActOnAsync(db, plan, first, time, cancellationToken);
        PlanAudit.Add(db, staffId, action, plan, new
        {
            plan.Status,
            plan.Version,
            Terms = PlanTerms.Of(plan),
            plan.IsAgreedInAdvance,
            Route = plan.Steps.Where(s => s.Decision == StepDecision.Pending).OrderBy(s => s.Order).Select(s => s.Kind),
        }, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
