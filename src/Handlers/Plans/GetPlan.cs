using BotApp.Data;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Handlers.Plans;

/// <summary>One plan for its card; null when it does not exist or the viewer is not its requester, on its route, or the support center.</summary>
public sealed record GetPlan(StaffMember Viewer, long PlanId) : IQuery<PlanView?>;

public sealed class GetPlanHandler(BotDbContext db) : IQueryHandler<GetPlan, PlanView?>
{
    public async ValueTask<PlanView?> Handle(GetPlan query, CancellationToken cancellationToken) =>
        await PlanViews.ReadAsync(db, query.Viewer, query.PlanId, cancellationToken);
}
