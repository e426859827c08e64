using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Plans;

/// <summary>Reads a page of <see cref="PlanListItem"/> from an already filtered and ordered query of visible plans, in one statement.</summary>
public static class PlanLists
{
    public static async Task<PlanPage> PageAsync(IQueryable<PersonalisedPlan> plans, int skip, int take, CancellationToken cancellationToken)
    {
        var total = await plans.CountAsync(cancellationToken);
        var rows = await plans.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 50)).Select(p => new
        {
            p.Id,
            p.Version,
            p.Status,
            p.Customer.Code,
            p.Customer.Name,
            p.Customer.NameEn,
            Tariff = p.Tariff.Name,
            TariffEn = p.Tariff.NameEn,
            p.Tariff.StandardMonthlyPrice,
            p.Tariff.UnitCost,
            p.DiscountPercent,
            p.Subsidy,
            p.AgentCommission,
            p.ValidityMonths,
            p.ExpectedMonthlyRevenue,
            Requester = p.Requester.Name,
            p.CreatedAt,
            p.SubmittedAt,
            p.ExpiresOn,
            Current = p.Status == PlanStatus.PendingApproval || p.Status == PlanStatus.Approved
                ? p.Steps.Where(s => s.Decision == StepDecision.Pending).OrderBy(s => s.Order).Select(s => new { s.Id, s.Kind, s.DueAt }).FirstOrDefault()
                : null,
        }).AsNoTracking().ToListAsync(cancellationToken);
        return new(rows.Select(r => new PlanListItem(
            r.Id, r.Version, r.Status, r.Code, r.Name, r.NameEn, r.Tariff, r.TariffEn, r.DiscountPercent,
            PlanEconomics.Of(r.StandardMonthlyPrice, r.UnitCost, r.DiscountPercent, r.Subsidy, r.AgentCommission, r.ValidityMonths, r.ExpectedMonthlyRevenue).ConcessionValue,
            r.Requester, r.CreatedAt, r.SubmittedAt, r.Current?.Id, r.Current?.Kind, r.Current?.DueAt, r.ExpiresOn)).ToList(), total);
    }
}
