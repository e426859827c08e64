namespace BotApp.Data.Search;

/// <summary>
/// A customer's rowid in the search index tables: its band in the high bits, its Id in the low 40 (ADR-011). The
/// index returns matches in rowid order, so best-paying bands come first and a broad search can stop early.
/// </summary>
internal static class SearchKey
{
    public const int BandShift = 40;
    public const long IdMask = (1L << BandShift) - 1;

    public static long BandOf(long key) => key >> BandShift;

    public static long FirstOf(long band) => band << BandShift;
}
