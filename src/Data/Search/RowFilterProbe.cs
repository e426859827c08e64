using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// Arrears and agreement-window filters over a large set of customers (a department's million, a county's hundred
/// thousand), found from the filter's own side (ADR-012). Tested customer by customer in rank order, a filter that
/// matches one customer in a thousand makes a count read the whole set (1.5 s at a million); read from the arrears or
/// the agreement end-date index, each candidate is checked against the viewer's filtered customers and reading stops
/// at <see cref="CustomerSearch.CountLimit"/> + 1 matches. A viewer whose own set is small (an account or service
/// manager, "mine", a code or manager filter) does not need it: testing their customers one by one is cheaper.
/// </summary>
internal static class RowFilterProbe
{
    /// <summary>Up to CountLimit + 1 ids of matching customers, in no order; null when the probe does not apply.</summary>
    public static async Task<List<long>?> RunAsync(
        BotDbContext db, IQueryable<GroupCustomer> customers, SearchCriteria criteria, StaffIdentity viewer, CancellationToken cancellationToken)
    {
        if (IsNarrow(criteria, viewer) || Candidates(db, criteria) is not { } candidates)
            return null;
        return await candidates
            .Distinct()
            .Where(id => customers.Any(c => c.Id == id))
            .Take(CustomerSearch.CountLimit + 1)
            .ToListAsync(cancellationToken);
    }

    private static bool IsNarrow(SearchCriteria criteria, StaffIdentity viewer) =>
        criteria.MineOnly || criteria.Code is not null || criteria.AccountManagerId is not null
        || viewer.Role is StaffRole.AccountManager or StaffRole.ServiceManager;

    /// <summary>The customer ids of the more selective filter's rows: an agreement window is a range of an index; arrears are a small table.</summary>
    private static IQueryable<long>? Candidates(BotDbContext db, SearchCriteria criteria)
    {
        if (criteria.AgreementsEnding is { From: var from, To: var to })
            return db.Agreements.Where(a => a.Status == AgreementStatus.Active && a.EndOn >= from && a.EndOn <= to).Select(a => a.CustomerId);
        return criteria.WithArrears ? db.Arrears.Where(a => a.Amount > 0).Select(a => a.CustomerId) : null;
    }
}
