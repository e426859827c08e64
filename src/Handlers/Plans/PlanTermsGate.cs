using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using BotApp.Handlers.Staff;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Plans;

/// <summary>
/// The checks of submitted terms that need the store: the customer is one the requester may see (another manager's
/// answers like one that does not exist) and, on a revision, the plan's own; the tariff is published and priced.
/// </summary>
public static class PlanTermsGate
{
    /// <summary>The tariff when the terms may be filed; otherwise null and the fields to correct.</summary>
    public static async Task<(Tariff? Tariff, List<FieldError> Errors)> CheckAsync(
        BotDbContext db, StaffMember viewer, PlanTerms terms, long? revisedCustomerId, CancellationToken cancellationToken)
    {
        List<FieldError> errors = [];
        var customerVisible = await CustomerVisibility.VisibleCustomers(db, viewer.Identity).AnyAsync(c => c.Id == terms.CustomerId, cancellationToken);
        if (!customerVisible || (revisedCustomerId is { } own && own != terms.CustomerId))
            errors.Add(new("customerId", new TextRef(PlanText.InvalidCustomer)));
        var tariff = await PublishedTariffAsync(db, terms.TariffId, cancellationToken);
        if (tariff is null)
            errors.Add(new("tariffId", new TextRef(PlanText.InvalidTariff)));
        errors.AddRange(PlanTermsCheck.Problems(terms));
        return (errors.Count == 0 ? tariff : null, errors);
    }

    /// <summary>Only published tariffs and campaigns with a price can be the base of a plan.</summary>
    public static Task<Tariff?> PublishedTariffAsync(BotDbContext db, long tariffId, CancellationToken cancellationToken) =>
        db.Tariffs.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tariffId && t.IsPublished && t.StandardMonthlyPrice > 0, cancellationToken);
}
