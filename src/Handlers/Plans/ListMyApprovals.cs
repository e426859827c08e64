using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Handlers.Plans;

/// <summary>
/// `待我审批`: the plans whose current step the viewer may act on — approvals, and for the business support center the
/// implementation tasks — longest waiting first. Also how an approver who never chatted with the bot gets their cards.
/// </summary>
public sealed record ListMyApprovals(StaffMember Viewer, int Skip = 0, int Take = 10) : IQuery<PlanPage>;

public sealed class ListMyApprovalsHandler(BotDbContext db) : IQueryHandler<ListMyApprovals, PlanPage>
{
    public async ValueTask<PlanPage> Handle(ListMyApprovals query, CancellationToken cancellationToken)
    {
        var (viewerId, role) = (query.Viewer.Id, query.Viewer.Role);
        // The same rule as PlanRoles.MayAct and CurrentStep, in SQL: the first undecided step names the viewer or their role.
        var plans = CustomerVisibility.VisiblePlans(db, query.Viewer.Identity)
            .Where(p => (p.Status == PlanStatus.PendingApproval || p.Status == PlanStatus.Approved) && p.RequesterId != viewerId)
            .Where(p => p.Steps.Where(s => s.Decision == StepDecision.Pending).OrderBy(s => s.Order).Take(1)
                .Any(s => s.AssigneeId == viewerId || (s.AssigneeId == null && s.AssigneeRole == role)))
            .OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id);
        return await PlanLists.PageAsync(plans, query.Skip, query.Take, cancellationToken);
    }
}
