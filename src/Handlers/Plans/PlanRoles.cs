using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Who may file plans and who may act on a step (seed 003, ADR-016). Marketing staff file and have no approval
/// authority; a step is acted on by the person it names or else anyone with its role, never by the plan's requester.
/// </summary>
public static class PlanRoles
{
    public static bool MayRequest(StaffRole role) => role is StaffRole.AccountManager or StaffRole.ServiceManager or StaffRole.UnitLead;

    public static bool MayAct(ApprovalStep step, long staffId, StaffRole role, long requesterId) =>
        staffId != requesterId && (step.AssigneeId is { } assignee ? assignee == staffId : step.AssigneeRole == role);

    /// <summary>The staff who may act on the step: who the chat side shows the buttons to, and who is told to act.</summary>
    public static async Task<List<long>> ActorIdsAsync(BotDbContext db, ApprovalStep step, long requesterId, CancellationToken cancellationToken)
    {
        if (step.AssigneeId is { } assignee)
            return assignee == requesterId ? [] : [assignee];
        return await db.Staff.AsNoTracking().Where(s => s.Role == step.AssigneeRole && s.Id != requesterId)
            .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The step being waited on: the first undecided one, while the plan is on its route (pending approval, or approved and not yet implemented).</summary>
    public static ApprovalStep? CurrentStep(PersonalisedPlan plan) =>
        plan.Status is PlanStatus.PendingApproval or PlanStatus.Approved
            ? plan.Steps.Where(s => s.Decision == StepDecision.Pending).MinBy(s => s.Order)
            : null;
}
