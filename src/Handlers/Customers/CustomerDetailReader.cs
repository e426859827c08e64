using BotApp.Data.Entities;
using BotApp.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Customers;

/// <summary>The customer card's parts, one small indexed query each, projected to what the card shows (GetCustomerDetail).</summary>
internal sealed class CustomerDetailReader(CustomerRows rows)
{
    public Task<CustomerHeader?> HeaderAsync(CancellationToken cancellationToken) =>
        rows.Customer
            .Select(c => new CustomerHeader(
                c.Id, c.Code, c.Name, c.NameEn, c.Industry, c.OrgUnit.Name, c.OrgUnit.NameEn, c.Grade, c.GradeRevenue, c.IsVip, c.IsRedListed, c.MemberCount,
                new StaffContact(c.AccountManager.Id, c.AccountManager.Name, c.AccountManager.Phone),
                c.ServiceManager == null ? null : new StaffContact(c.ServiceManager.Id, c.ServiceManager.Name, c.ServiceManager.Phone)))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<List<MonthRevenue>> RevenueAsync(int fromMonth, int toMonth, CancellationToken cancellationToken) =>
        rows.Of<MonthlyBill>()
            .Where(b => b.Month >= fromMonth && b.Month <= toMonth)
            .GroupBy(b => b.Month)
            .Select(g => new MonthRevenue(g.Key, g.Sum(b => b.Revenue)))
            .ToListAsync(cancellationToken);

    /// <summary>Ordered here, not in SQL: categories are stored by name, and the card lists them in the enum's order (mobile first).</summary>
    public async Task<List<CustomerProduct>> ProductsAsync(DateOnly today, CancellationToken cancellationToken) =>
        (await rows.Of<Subscription>()
            .Where(s => s.EndOn == null || s.EndOn >= today)
            .Select(s => new CustomerProduct(s.Product.Code, s.Product.Name, s.Product.NameEn, s.Product.Category, s.Quantity, s.StartOn, s.EndOn))
            .ToListAsync(cancellationToken))
        .OrderBy(p => p.Category).ThenBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.StartOn)
        .ToList();

    public async Task<List<CustomerAgreement>> AgreementsAsync(DateOnly today, CancellationToken cancellationToken) =>
        (await rows.Of<Agreement>()
            .Where(a => a.Status == AgreementStatus.Active)
            .OrderBy(a => a.EndOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Number, a.StartOn, a.EndOn, a.Value })
            .ToListAsync(cancellationToken))
        .Select(a => new CustomerAgreement(a.Id, a.Number, a.StartOn, a.EndOn, a.Value,
            AgreementExpiry.DaysLeft(a.EndOn, today), AgreementExpiry.WindowOf(a.EndOn, today)))
        .ToList();

    public async Task<List<CustomerArrears>> ArrearsAsync(DateOnly today, CancellationToken cancellationToken) =>
        (await rows.Of<Arrears>()
            .Where(a => a.Amount > 0)
            .OrderBy(a => a.DueOn).ThenBy(a => a.BillMonth)
            .Select(a => new { a.BillMonth, a.Amount, a.DueOn })
            .ToListAsync(cancellationToken))
        .Select(a => new CustomerArrears(a.BillMonth, a.Amount, a.DueOn, ArrearsAge.DaysOverdue(a.DueOn, today), ArrearsAge.BucketOf(a.DueOn, today)))
        .ToList();

    /// <summary>Not yet replied to or closed: what WorkOrder.IsOverdueAt still counts as running.</summary>
    public async Task<List<CustomerWorkOrder>> OpenWorkOrdersAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        (await rows.Of<WorkOrder>()
            .Where(w => w.Status != WorkOrderStatus.Replied && w.Status != WorkOrderStatus.Closed)
            .OrderBy(w => w.DueAt).ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.Number, w.Kind, w.Severity, w.Status, w.Subject, w.OpenedAt, w.DueAt })
            .ToListAsync(cancellationToken))
        .Select(w => new CustomerWorkOrder(w.Id, w.Number, w.Kind, w.Severity, w.Status, w.Subject, w.OpenedAt, w.DueAt, now > w.DueAt))
        .ToList();

    /// <summary>Pending approval, approved and waiting to be implemented, or in force until ExpiresOn.</summary>
    public Task<List<CustomerPlan>> PlansAsync(DateOnly today, CancellationToken cancellationToken) =>
        rows.Plans
            .Where(p => p.Status == PlanStatus.PendingApproval || p.Status == PlanStatus.Approved
                     || (p.Status == PlanStatus.Implemented && (p.ExpiresOn == null || p.ExpiresOn >= today)))
            .OrderByDescending(p => p.Id)
            .Select(p => new CustomerPlan(p.Id, p.Tariff.Name, p.Tariff.NameEn, p.Status, p.DiscountPercent, p.Subsidy, p.Requester.Name, p.EffectiveOn, p.ExpiresOn))
            .ToListAsync(cancellationToken);

    public Task<List<KeyContact>> ContactsAsync(CancellationToken cancellationToken) =>
        rows.Of<KeyContact>().OrderByDescending(k => k.IsKeyPerson).ThenBy(k => k.Id).ToListAsync(cancellationToken);
}
