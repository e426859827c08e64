namespace BotApp.Data.Search;

/// <summary>A match read from the index and CustomerSearchDocuments: key, grade, revenue in fen (ADR-007) and tier.</summary>
internal readonly record struct IndexRow(long Key, int Grade, long Revenue, int Tier)
{
    public Hit ToHit() => new(Key & SearchKey.IdMask, Key, Grade, Revenue / 100m, Tier);
}
