using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// A name fragment over a large set of customers (a department's million): the search index finds the candidates.
/// Up to <see cref="CustomerSearch.CountLimit"/> candidates are all read and ranked. Beyond that the fragment is
/// broad ("有限公司", "宁波"): each relevance tier is read in index order, which is revenue order by band, and stops
/// once the page is certain; the total is then a lower bound from the first candidates.
/// </summary>
internal static class IndexedSearch
{
    public static async Task<Ranked> FindAsync(
        BotDbContext db, IQueryable<GroupCustomer> customers, string fragment, int? grade, int count, CancellationToken cancellationToken)
    {
        var relevance = Relevance.For(fragment);
        var range = await SearchBands.RangeAsync(db, grade, cancellationToken);
        var source = await CandidateSource.ForAsync(db, fragment, cancellationToken);
        if (source is not null && await source.CountAsync(db, range, CustomerSearch.CountLimit + 1, cancellationToken) <= CustomerSearch.CountLimit)
            return Ranked.Exactly(await HitQueries.Matching(customers, source.Keys(db, range), relevance).ToListAsync(cancellationToken));

        var best = new List<Hit>();
        foreach (var (pattern, excluded, tier) in relevance.Tiers())
        {
            if (best.Count >= count)
                break;
            best.AddRange(await BestOfTierAsync(db, customers, pattern, excluded, tier, range, count - best.Count, cancellationToken));
        }

        if (source is not null)
        {
            var counted = await HitQueries.Matching(customers, source.Keys(db, range, CustomerSearch.CountLimit), relevance).CountAsync(cancellationToken);
            return new(best, Math.Max(counted, best.Count), true);
        }
        var total = await customers.Where(c => c.SearchText.Contains(fragment)).Take(CustomerSearch.CountLimit + 1).CountAsync(cancellationToken);
        return new(best, Math.Min(total, CustomerSearch.CountLimit), total > CustomerSearch.CountLimit);
    }

    private static async Task<List<Hit>> BestOfTierAsync(
        BotDbContext db, IQueryable<GroupCustomer> customers, string pattern, string? excluded, int tier, KeyRange range, int count,
        CancellationToken cancellationToken)
    {
        var source = await CandidateSource.ForAsync(db, pattern, cancellationToken);
        return source is null
            ? await HitQueries.BestByScan(customers, pattern, excluded, tier, count).ToListAsync(cancellationToken)
            : await TopHits.BandedAsync(HitQueries.InKeyOrder(customers, source.Keys(db, range), pattern, excluded, tier), count, cancellationToken);
    }
}
