namespace BotApp.Data.Search;

/// <summary>The best matches of one tier without reading them all.</summary>
internal static class TopHits
{
    /// <summary>
    /// Takes matches in key order. Every customer of a band ranks above every customer of a later band, so once
    /// <paramref name="count"/> matches are in and their band has ended, nothing unread can rank higher.
    /// </summary>
    public static async Task<List<Hit>> BandedAsync(IAsyncEnumerable<Hit> hitsInKeyOrder, int count, CancellationToken cancellationToken)
    {
        var hits = new List<Hit>();
        await foreach (var hit in hitsInKeyOrder.WithCancellation(cancellationToken))
        {
            if (hits.Count >= count && SearchKey.BandOf(hit.Key) != SearchKey.BandOf(hits[^1].Key))
                break;
            hits.Add(hit);
        }
        hits.Sort(Hit.Compare);
        return hits.Count > count ? hits[..count] : hits;
    }
}
