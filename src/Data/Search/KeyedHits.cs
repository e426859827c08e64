namespace BotApp.Data.Search;

/// <summary>
/// One tier's matches in key order, read from one open <see cref="IndexQuery"/>. With a <see cref="Restriction"/>,
/// rows are checked a chunk at a time (one query per chunk, on the same connection); chunks grow, so a broad
/// fragment costs one small chunk and a sparse one a few large ones.
/// </summary>
internal static class KeyedHits
{
    private const int FirstChunk = 64;
    private const int LargestChunk = 1024;

    public static async IAsyncEnumerable<Hit> ReadAsync(
        BotDbContext db, IndexQuery query, KeyRange range, Restriction? restriction,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await query.OpenAsync(db, range, null, cancellationToken);
        var chunk = new List<IndexRow>();
        for (var size = FirstChunk; ; size = Math.Min(size * 4, LargestChunk))
        {
            chunk.Clear();
            while (chunk.Count < size && await reader.ReadAsync(cancellationToken) is { } row)
                chunk.Add(row);
            foreach (var row in restriction is null ? chunk : await restriction.ApplyAsync(chunk, cancellationToken))
                yield return row.ToHit();
            if (chunk.Count < size)
                yield break;
        }
    }
}
