using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// A name fragment over a large set of customers (a department's million), answered from the search index. The
/// first <see cref="CustomerSearch.CountLimit"/> + 1 matches are read in key order; if that was all of them, they are
/// ranked and counted exactly. Otherwise the fragment is broad ("有限公司", "宁波"): each relevance tier is read in key
/// order, which is revenue order by band, and stops once the page is certain; the total is then the matches among
/// the first ones read, a lower bound. ADR-011.
/// </summary>
internal static class IndexedSearch
{
    public static async Task<Ranked> FindAsync(
        BotDbContext db, IQueryable<GroupCustomer> customers, Restriction? restriction, string fragment, int? grade, int count,
        CancellationToken cancellationToken)
    {
        var relevance = Relevance.For(fragment);
        var range = await SearchBands.RangeAsync(db, grade, cancellationToken);
        var source = await CandidateSource.ForAsync(db, fragment, cancellationToken);
        if (source is null)
            return await ScanAsync(customers, relevance, count, cancellationToken);

        var contains = new IndexQuery(source, relevance, fragment, null, grade);
        var rows = await contains.ReadAsync(db, range, CustomerSearch.CountLimit + 1, cancellationToken);
        var broad = rows.Count > CustomerSearch.CountLimit;
        var firstRows = broad ? rows[..^1] : rows;
        var first = (restriction is null ? firstRows : await restriction.ApplyAsync(firstRows, cancellationToken)).Select(row => row.ToHit()).ToList();
        if (!broad)
        {
            first.Sort(Hit.Compare);
            return new(first, first.Count, false);
        }

        var best = new List<Hit>();
        foreach (var (pattern, excluded, tier) in relevance.Tiers())
        {
            if (best.Count >= count)
                break;
            var hits = tier == 2
                ? Continue(first.Where(hit => hit.Tier == 2), KeyedHits.ReadAsync(db, new IndexQuery(source, relevance, pattern, excluded, grade),
                    range with { From = rows[^1].Key }, restriction, cancellationToken))
                : await ReadTierAsync(db, customers, restriction, relevance, pattern, excluded, tier, grade, range, count, cancellationToken);
            best.AddRange(await TopHits.BandedAsync(hits, count - best.Count, cancellationToken));
        }
        return new(best, Math.Max(first.Count, best.Count), true);
    }

    private static async Task<IAsyncEnumerable<Hit>> ReadTierAsync(
        BotDbContext db, IQueryable<GroupCustomer> customers, Restriction? restriction, Relevance relevance, string pattern, string? excluded,
        int tier, int? grade, KeyRange range, int count, CancellationToken cancellationToken)
    {
        var source = await CandidateSource.ForAsync(db, pattern, cancellationToken);
        return source is null
            ? HitQueries.BestByScan(customers, pattern, excluded, tier, count).AsAsyncEnumerable()
            : KeyedHits.ReadAsync(db, new IndexQuery(source, relevance, pattern, excluded, grade), range, restriction, cancellationToken);
    }

    /// <summary>The hits already read, then the stream that carries on after them.</summary>
    private static async IAsyncEnumerable<Hit> Continue(IEnumerable<Hit> read, IAsyncEnumerable<Hit> rest)
    {
        foreach (var hit in read)
            yield return hit;
        await foreach (var hit in rest)
            yield return hit;
    }

    /// <summary>A fragment the index cannot look up (punctuation only): walk the customers in rank order.</summary>
    private static async Task<Ranked> ScanAsync(IQueryable<GroupCustomer> customers, Relevance relevance, int count, CancellationToken cancellationToken)
    {
        var best = new List<Hit>();
        foreach (var (pattern, excluded, tier) in relevance.Tiers())
        {
            if (best.Count < count)
                best.AddRange(await HitQueries.BestByScan(customers, pattern, excluded, tier, count - best.Count).ToListAsync(cancellationToken));
        }
        var total = await customers.Where(c => c.SearchText.Contains(relevance.Contains)).Take(CustomerSearch.CountLimit + 1).CountAsync(cancellationToken);
        return new(best, Math.Min(total, CustomerSearch.CountLimit), total > CustomerSearch.CountLimit);
    }
}
