using System.Globalization;
using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Data.Visibility;
using BotApp.Handlers.Audit;
using BotApp.Handlers.Staff;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Customers;

/// <summary>
/// The customer card for one viewer. Null when the customer does not exist or the viewer may not see it: the two
/// are indistinguishable by design (only the audit log tells them apart). Every call is audited.
/// </summary>
public sealed record GetCustomerDetail(StaffMember Viewer, long CustomerId) : IQuery<CustomerDetail?>;

public sealed class GetCustomerDetailHandler(BotDbContext db, TimeProvider time, AuditTrail audit) : IQueryHandler<GetCustomerDetail, CustomerDetail?>
{
    public async ValueTask<CustomerDetail?> Handle(GetCustomerDetail query, CancellationToken cancellationToken)
    {
        var viewer = query.Viewer.Identity;
        var rows = new CustomerRows(db, viewer, query.CustomerId);
        CustomerDetail? detail;
        LookupOutcome outcome;
        // One connection for the card's statements: each open runs the per-connection pragmas (SqlitePragmas).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            detail = await ReadAsync(new CustomerDetailReader(rows), viewer, query.Viewer.Today(time), cancellationToken);
            outcome = detail is null ? await rows.OutcomeWhenMissingAsync(cancellationToken) : LookupOutcome.Shown;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        await audit.RecordAsync(viewer.StaffId, CustomerAudit.View, CustomerAudit.EntityType,
            query.CustomerId.ToString(CultureInfo.InvariantCulture), new { outcome }, cancellationToken);
        return detail;
    }

    private async Task<CustomerDetail?> ReadAsync(CustomerDetailReader reader, StaffIdentity viewer, DateOnly today, CancellationToken cancellationToken)
    {
        if (await reader.HeaderAsync(cancellationToken) is not { } header)
            return null;
        var lastClosed = BillingMonth.LastClosed(today);
        var trend = RevenueTrend.Of(await reader.RevenueAsync(BillingMonth.Add(lastClosed, 1 - RevenueTrend.Months), lastClosed, cancellationToken), lastClosed);
        var arrears = await reader.ArrearsAsync(today, cancellationToken);
        var showPhones = ContactPhones.MayRead(viewer, header.AccountManager.Id, header.ServiceManager?.Id);
        var contacts = (await reader.ContactsAsync(cancellationToken)).Select(k => ContactOf(k, showPhones)).ToList();
        return new CustomerDetail(
            header.Id, header.Code, header.Name, header.NameEn, header.Industry, header.Region, header.RegionEn, header.Grade, header.GradeRevenue,
            header.IsVip, header.IsRedListed, header.MemberCount, header.AccountManager, header.ServiceManager, today,
            trend[^1], trend,
            await reader.ProductsAsync(today, cancellationToken),
            await reader.AgreementsAsync(today, cancellationToken),
            arrears.Sum(a => a.Amount), arrears,
            await reader.OpenWorkOrdersAsync(time.GetUtcNow(), cancellationToken),
            await reader.PlansAsync(today, cancellationToken),
            contacts);
    }

    /// <summary>Masked here, from the viewer's identity: the caller cannot ask for the full number.</summary>
    private static CustomerContact ContactOf(KeyContact contact, bool showPhone) =>
        showPhone || string.IsNullOrEmpty(contact.Phone)
            ? new(contact.Name, contact.Title, contact.Phone, contact.IsKeyPerson, PhoneMasked: false)
            : new(contact.Name, contact.Title, ContactPhones.Mask(contact.Phone), contact.IsKeyPerson, PhoneMasked: true);
}
