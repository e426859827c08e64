using BotApp.Data;
using BotApp.Data.Visibility;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Handlers.Plans;

/// <summary>`我的方案`: the plans the viewer filed, newest first.</summary>
public sealed record ListMyPlans(StaffMember Viewer, int Skip = 0, int Take = 10) : IQuery<PlanPage>;

public sealed class ListMyPlansHandler(BotDbContext db) : IQueryHandler<ListMyPlans, PlanPage>
{
    public async ValueTask<PlanPage> Handle(ListMyPlans query, CancellationToken cancellationToken)
    {
        var viewerId = query.Viewer.Id;
        var plans = CustomerVisibility.VisiblePlans(db, query.Viewer.Identity)
            .Where(p => p.RequesterId == viewerId)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id);
        return await PlanLists.PageAsync(plans, query.Skip, query.Take, cancellationToken);
    }
}
