using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// Finds group customers by code, name fragment (Chinese or English, any length), account manager, grade, industry,
/// "mine", outstanding arrears and agreements ending in a date range, among the customers
/// <see cref="CustomerVisibility"/> lets the viewer see: an account manager only ever finds their own. Results rank
/// by relevance (whole name, start of a name, anywhere), then grade and monthly revenue. How each case stays fast at a million customers: docs/decisions/ADR-011-customer-search.md (and ADR-012
/// for the arrears, agreement and "mine" filters).
/// </summary>
public static class CustomerSearch
{
    public const int MaxTake = 100;

    /// <summary>Counting stops here ("500+"); it is also the most index candidates a search checks before it reads by band.</summary>
    public const int CountLimit = 500;

    public static async Task<CustomerPage> FindAsync(
        BotDbContext db, StaffIdentity viewer, CustomerQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxTake);
        var criteria = SearchCriteria.From(query);
        var page = await FindAsync(db, viewer, criteria, skip, take, cancellationToken);
        // "lookup yuyao hospital" for "Yuyao People's Hospital": when the words as typed are in no name, every word
        // in any order. The longest word drives the search; the others are checked like a filter.
        if (page.Total == 0 && criteria.Fragment is { } fragment && SearchCriteria.Words(fragment) is { Count: > 1 } words)
            page = await FindAsync(db, viewer, criteria with { Fragment = words[0], AlsoContains = words.Skip(1).ToList() }, skip, take, cancellationToken);
        return page;
    }

    private static async Task<CustomerPage> FindAsync(
        BotDbContext db, StaffIdentity viewer, SearchCriteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        var customers = criteria.Apply(CustomerVisibility.VisibleCustomers(db, viewer), viewer);
        // One connection for the search's statements, instead of an open (and the pragmas) per statement.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Arrears and agreement windows over a large set are matched from the filter's side first (ADR-012): a
            // small result becomes the set itself, a large one needs no counting.
            var probed = await RowFilterProbe.RunAsync(db, customers, criteria, viewer, cancellationToken);
            bool? small = probed is null ? null : probed.Count <= CountLimit;
            if (small == true)
                customers = customers.Where(c => probed!.Contains(c.Id));
            var ranked = criteria.Fragment is not { } fragment
                ? await ListAsync(customers, skip + take, small == false, cancellationToken)
                : small ?? await IsSmallAsync(customers, viewer, criteria, cancellationToken)
                    ? await HitQueries.RankAsync(customers.Where(c => c.SearchText.Contains(fragment)), Relevance.For(fragment), skip + take, cancellationToken)
                    : await IndexedSearch.FindAsync(db, customers, RestrictionFor(db, customers, viewer, criteria), fragment, criteria.Grade, skip + take, cancellationToken);
            var page = ranked.Best.Skip(skip).Take(take).Select(hit => hit.Id).ToList();
            return new(await CustomerSummaries.LoadAsync(db, customers, page, cancellationToken), ranked.Total, ranked.TotalIsLowerBound);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>No fragment: the customers in grade and revenue order, straight from an index.</summary>
    /// <param name="knownLarge">More than CountLimit customers are known to match (RowFilterProbe): not counted again.</param>
    private static async Task<Ranked> ListAsync(IQueryable<GroupCustomer> customers, int count, bool knownLarge, CancellationToken cancellationToken)
    {
        var best = await HitQueries.Ranked(customers).Take(count).Select(c => new Hit(c.Id, 0, c.Grade, c.GradeRevenue, 2)).ToListAsync(cancellationToken);
        var total = knownLarge ? CountLimit + 1 : await customers.Take(CountLimit + 1).CountAsync(cancellationToken);
        return new(best, Math.Min(total, CountLimit), total > CountLimit);
    }

    /// <summary>
    /// The index's documents hold name text, grade and revenue, so they answer alone for a viewer who sees every customer
    /// and a query filtering at most by grade; anything else is checked against the viewer's filtered customers.
    /// </summary>
    private static Restriction? RestrictionFor(BotDbContext db, IQueryable<GroupCustomer> customers, StaffIdentity viewer, SearchCriteria criteria) =>
        CustomerVisibility.SeesAllCustomers(viewer) && criteria with { Grade = null } is { HasFilter: false } ? null : new Restriction(db, customers);

    /// <summary>
    /// Small sets (an account manager's customers, one manager's, one code) are cheapest to test one by one. Department
    /// roles see every customer, so without a filter they skip the probe.
    /// </summary>
    private static async Task<bool> IsSmallAsync(IQueryable<GroupCustomer> customers, StaffIdentity viewer, SearchCriteria criteria, CancellationToken cancellationToken) =>
        (criteria.HasFilter || !CustomerVisibility.DepartmentRoles.Contains(viewer.Role))
        && await customers.Take(CountLimit + 1).CountAsync(cancellationToken) <= CountLimit;
}
