using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using BotApp.Handlers.Staff;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Plans;

/// <summary>
/// The form to file a plan: for a given customer (from its card) just that one if the viewer may see it, otherwise up
/// to 50 of the viewer's own customers; for a plan sent back (PlanId), its values. Null when the viewer does not file
/// plans, or the plan is not theirs to revise. The form is a convenience: FilePlan checks everything again.
/// </summary>
public sealed record GetPlanForm(StaffMember Viewer, long? CustomerId = null, long? PlanId = null) : IQuery<PlanForm?>;

public sealed class GetPlanFormHandler(BotDbContext db) : IQueryHandler<GetPlanForm, PlanForm?>
{
    public const int MaxCustomers = 50;

    public async ValueTask<PlanForm?> Handle(GetPlanForm query, CancellationToken cancellationToken)
    {
        var viewer = query.Viewer;
        if (!PlanRoles.MayRequest(viewer.Role))
            return null;
        PlanRevision? revision = null;
        if (query.PlanId is { } planId)
        {
            if (await PlanViews.ReadAsync(db, viewer, planId, cancellationToken) is not { Status: PlanStatus.ReturnedForChanges } view || view.Requester.Id != viewer.Id)
                return null;
            var terms = new PlanTerms(view.Customer.Id, view.Tariff.Id, view.DiscountPercent, view.Subsidy, view.AgentCommission, view.AgentChannels,
                view.ValidityMonths, view.ExpectedMonthlyRevenue, view.Justification, view.IsStructuralChange);
            revision = new(view.Id, view.Version, terms, view.Steps.Where(s => s.Decision == StepDecision.SentBack).MaxBy(s => s.Order));
        }
        var customerId = revision?.Terms.CustomerId ?? query.CustomerId;
        var customers = CustomerVisibility.VisibleCustomers(db, viewer.Identity).AsNoTracking();
        customers = customerId is { } id
            ? customers.Where(c => c.Id == id)
            : customers.Where(c => c.AccountManagerId == viewer.Id || c.ServiceManagerId == viewer.Id).OrderBy(c => c.Name).Take(MaxCustomers);
        var tariffs = await db.Tariffs.AsNoTracking().Where(t => t.IsPublished && t.StandardMonthlyPrice > 0)
            .OrderBy(t => t.Product.Code).ThenBy(t => t.Code)
            .Select(t => new PlanFormTariff(t.Id, t.Code, t.Name, t.NameEn, t.Product.Name, t.Product.NameEn, t.IsCampaign, t.StandardMonthlyPrice, t.UnitCost, t.MarketReferenceValue))
            .ToListAsync(cancellationToken);
        return new PlanForm(
            await customers.Select(c => new PlanFormCustomer(c.Id, c.Code, c.Name, c.NameEn)).ToListAsync(cancellationToken),
            tariffs, revision);
    }
}
