using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// A name fragment over a large set of customers (a department's million), answered from the search index. The
/// first <see cref="CustomerSearch.CountLimit"/> candidates are read and checked in key order; if that was all of
/// them, the matches are ranked and counted exactly. Otherwise the fragment is broad ("有限公司", "宁波") or its
/// candidates are loose: each relevance tier is read in key order, which is revenue order by band, and stops once
/// the page is certain; the total is the matches among those first candidates, a lower bound. ADR-011.
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

        var candidates = await new IndexQuery(source, relevance, fragment, null, grade).ReadCandidatesAsync(db, range, CustomerSearch.CountLimit, cancellationToken);
        var broad = candidates.Count == CustomerSearch.CountLimit;
        var matches = candidates.Where(row => row.Tier >= 0).ToList();
        var first = (restriction is null ? matches : await restriction.ApplyAsync(matches, cancellationToken)).Select(row => row.ToHit()).ToList();
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
            best.AddRange(tier == 2
                ? await TopHits.BandedAsync(Continue(first.Where(hit => hit.Tier == 2), KeyedHits.ReadAsync(db, new IndexQuery(source, relevance, pattern, excluded, grade),
                    range with { From = candidates[^1].Key + 1 }, restriction, cancellationToken)), count - best.Count, cancellationToken)
                : await NameStartTierAsync(db, customers, restriction, relevance, pattern, excluded, tier, grade, range, count - best.Count, cancellationToken));
        }
        return new(best, Math.Max(first.Count, best.Count), true);
    }

    /// <summary>
    /// Whole names and name starts: read by name range when there are few (the usual case); when there are many
    /// ("宁波…"), their anchored trigrams are precise, and the tier is read in key order like the rest.
    /// </summary>
    private static async Task<List<Hit>> NameStartTierAsync(
        BotDbContext db, IQueryable<GroupCustomer> customers, Restriction? restriction, Relevance relevance, string pattern, string? excluded,
        int tier, int? grade, KeyRange range, int count, CancellationToken cancellationToken)
    {
        if (await NameStartQuery.ReadAsync(db, relevance, pattern, excluded, grade, CustomerSearch.CountLimit, cancellationToken) is { } rows)
        {
            var hits = (restriction is null ? rows : await restriction.ApplyAsync(rows, cancellationToken)).Select(row => row.ToHit()).ToList();
            hits.Sort(Hit.Compare);
            return hits.Count > count ? hits[..count] : hits;
        }
        var source = await CandidateSource.ForAsync(db, pattern, cancellationToken);
        return source is null
            ? await HitQueries.BestByScan(customers, pattern, excluded, tier, count).ToListAsync(cancellationToken)
            : await TopHits.BandedAsync(KeyedHits.ReadAsync(db, new IndexQuery(source, relevance, pattern, excluded, grade), range, restriction, cancellationToken),
                count, cancellationToken);
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
