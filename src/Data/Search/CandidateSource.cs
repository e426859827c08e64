using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// The search index query that yields every customer whose SearchText may contain a pattern (ADR-011): a superset,
/// which the caller narrows with the exact test on SearchText. Three characters or more use the trigram table, one or
/// two the bigram table. FTS5 reads the whole entry of every term it is given, so only the rarest trigrams go in.
/// </summary>
internal sealed class CandidateSource
{
    /// <summary>Trigrams in fewer customers than this count as rare; the rebuild records the doc counts of the others.</summary>
    public const int CommonTrigramDocs = 1000;

    private const int MaxTrigrams = 3;

    private readonly string _table;
    private readonly string _match;

    private CandidateSource(string table, string match) => (_table, _match) = (table, match);

    /// <summary>Null when the pattern has nothing the index can look up (a one- or two-character run of punctuation).</summary>
    public static async Task<CandidateSource?> ForAsync(BotDbContext db, string pattern, CancellationToken cancellationToken)
    {
        if (pattern.Length >= 3)
            return new("CustomerSearchTrigrams", string.Join(" AND ", await RarestTrigramsAsync(db, pattern, cancellationToken)));
        // The bigram table's 'ascii' tokenizer drops ASCII punctuation and spaces, as it does when it indexes.
        if (!pattern.Any(c => c > 127 || char.IsAsciiLetterOrDigit(c)))
            return null;
        return new("CustomerSearchBigrams", pattern.Length == 2 ? Quote(pattern) : $"{Quote(pattern)}*");
    }

    /// <summary>Index keys in key order (band, then Id), optionally only the first <paramref name="limit"/>.</summary>
    public IQueryable<long> Keys(BotDbContext db, KeyRange range, int? limit = null)
    {
        var sql = $"SELECT rowid AS \"Value\" FROM \"{_table}\" WHERE \"{_table}\" MATCH {{0}} AND rowid >= {{1}} AND rowid < {{2}} ORDER BY rowid";
        return db.Database.SqlQuery<long>(limit is { } count
            ? FormattableStringFactory.Create(sql + " LIMIT {3}", _match, range.From, range.To, count)
            : FormattableStringFactory.Create(sql, _match, range.From, range.To));
    }

    /// <summary>How many candidates there are, counting no further than <paramref name="limit"/>; reads only the index.</summary>
    public Task<long> CountAsync(BotDbContext db, KeyRange range, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>(FormattableStringFactory.Create(
            $"SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM \"{_table}\" WHERE \"{_table}\" MATCH {{0}} AND rowid >= {{1}} AND rowid < {{2}} LIMIT {{3}})",
            _match, range.From, range.To, limit)).SingleAsync(cancellationToken);

    /// <summary>
    /// Up to three trigrams, rarest first by the counts the last rebuild recorded; trigrams overlapping a chosen one
    /// mostly repeat it, and one much commoner than the rarest costs more to read than it removes.
    /// </summary>
    private static async Task<IEnumerable<string>> RarestTrigramsAsync(BotDbContext db, string pattern, CancellationToken cancellationToken)
    {
        var grams = Enumerable.Range(0, pattern.Length - 2).Select(i => pattern.Substring(i, 3)).ToArray();
        var docs = await db.Database.SqlQuery<long>($"""
            SELECT coalesce(c."Docs", 0) AS "Value" FROM json_each({JsonSerializer.Serialize(grams)}) AS g
            LEFT JOIN "CustomerSearchCommonTrigrams" AS c ON c."Trigram" = g.value ORDER BY g.key
            """).ToListAsync(cancellationToken);
        var chosen = new List<(int Position, long Docs)>();
        foreach (var (position, count) in docs.Select((count, position) => (position, count)).OrderBy(g => g.count))
        {
            if (chosen.Count == MaxTrigrams || (chosen.Count > 0 && count > Math.Max(CommonTrigramDocs, 4 * chosen[0].Docs)))
                break;
            if (!chosen.Exists(c => Math.Abs(c.Position - position) < 3))
                chosen.Add((position, count));
        }
        return chosen.Select(c => Quote(grams[c.Position]));
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
