using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using BotApp.Handlers.Staff;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Plans;

/// <summary>Reads a <see cref="PlanView"/> for a viewer, through VisiblePlans: null when the plan does not exist or is not theirs to read.</summary>
public static class PlanViews
{
    public static async Task<PlanView?> ReadAsync(BotDbContext db, StaffMember viewer, long planId, CancellationToken cancellationToken)
    {
        var plan = await CustomerVisibility.VisiblePlans(db, viewer.Identity).AsNoTracking()
            .Include(p => p.Customer).Include(p => p.Tariff).Include(p => p.Requester)
            .Include(p => p.Steps).ThenInclude(s => s.DecidedBy)
            .Include(p => p.Steps).ThenInclude(s => s.Assignee)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
            return null;
        var current = PlanRoles.CurrentStep(plan);
        var actors = current is null ? [] : await PlanRoles.ActorIdsAsync(db, current, plan.RequesterId, cancellationToken);
        var tariff = plan.Tariff;
        return new PlanView(
            plan.Id, plan.Version, plan.Status,
            new(plan.Customer.Id, plan.Customer.Code, plan.Customer.Name, plan.Customer.NameEn),
            new(tariff.Id, tariff.Code, tariff.Name, tariff.NameEn, tariff.StandardMonthlyPrice, tariff.UnitCost, tariff.MarketReferenceValue, tariff.IsCampaign),
            new(plan.Requester.Id, plan.Requester.Name),
            plan.DiscountPercent, plan.Subsidy, plan.AgentCommission, plan.AgentChannels, plan.ValidityMonths,
            plan.ExpectedMonthlyRevenue, plan.Justification, plan.IsStructuralChange, plan.IsAgreedInAdvance, EconomicsOf(plan),
            plan.CreatedAt, plan.SubmittedAt, plan.EffectiveOn, plan.ExpiresOn,
            plan.Steps.OrderBy(s => s.Order).Select(StepOf).ToList(),
            current?.Id, current is not null && PlanRoles.MayAct(current, viewer.Id, viewer.Role, plan.RequesterId), actors);
    }

    public static PlanEconomics EconomicsOf(PersonalisedPlan plan) => PlanEconomics.Of(
        plan.Tariff.StandardMonthlyPrice, plan.Tariff.UnitCost, plan.DiscountPercent, plan.Subsidy, plan.AgentCommission, plan.ValidityMonths, plan.ExpectedMonthlyRevenue);

    private static PlanStepView StepOf(ApprovalStep step) => new(
        step.Id, step.Order, step.Kind, step.AssigneeRole, PersonOf(step.Assignee), step.Decision, PersonOf(step.DecidedBy),
        step.DecidedAt, step.Comment, TextRef.FromJson(step.RouteReason), step.DueAt, step.CardVersionSeen);

    private static PlanPerson? PersonOf(Data.Entities.Staff? staff) => staff is null ? null : new(staff.Id, staff.Name);
}
