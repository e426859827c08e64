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

    /// <summary>Testing a candidate (a row lookup) costs about as much as reading this many index entries (measured, ADR-011).</summary>
    private const int TestCostInEntries = 32;

    private CandidateSource(string table, string match) => (Table, Match) = (table, match);

    /// <summary>The FTS5 table to query: CustomerSearchTrigrams or CustomerSearchBigrams.</summary>
    public string Table { get; }

    /// <summary>The FTS5 MATCH expression.</summary>
    public string Match { get; }

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

    /// <summary>
    /// Trigrams by the counts the last rebuild recorded: the rarest, then others while the candidates they are expected
    /// to remove (counting occurrences as independent) cost more to test than the term costs to read. An anchored
    /// trigram ("\nha", a name starting with "ha") is common alone but cuts a rare one down. Trigrams sharing two
    /// characters with a chosen one are left out: they mostly repeat it (" ed", "edu").
    /// </summary>
    private static async Task<IEnumerable<string>> RarestTrigramsAsync(BotDbContext db, string pattern, CancellationToken cancellationToken)
    {
        var grams = Enumerable.Range(0, pattern.Length - 2).Select(i => pattern.Substring(i, 3)).ToArray();
        var counts = await db.Database.SqlQuery<long>($"""
            SELECT "v" AS "Value" FROM (
                SELECT g.key AS "k", coalesce(c."Docs", 0) AS "v" FROM json_each({JsonSerializer.Serialize(grams)}) AS g
                LEFT JOIN "CustomerSearchCommonTrigrams" AS c ON c."Trigram" = g.value
                UNION ALL SELECT 1000000, "IndexedCustomers" FROM "CustomerSearchState")
            ORDER BY "k"
            """).ToListAsync(cancellationToken);
        var customers = Math.Max(counts[^1], CommonTrigramDocs);
        // Unrecorded trigrams are in fewer than CommonTrigramDocs customers; estimate them at that.
        var docs = counts.Take(grams.Length).Select(count => (double)Math.Max(count, Math.Min(CommonTrigramDocs, customers))).ToArray();
        var chosen = new List<int>();
        var expected = 0d;
        foreach (var position in Enumerable.Range(0, grams.Length).OrderBy(i => counts[i]))
        {
            if (chosen.Count == MaxTrigrams)
                break;
            if (chosen.Exists(c => Math.Abs(c - position) < 2))
                continue;
            var narrowed = chosen.Count == 0 ? docs[position] : expected * docs[position] / customers;
            if (chosen.Count > 0 && (expected - narrowed) * TestCostInEntries <= docs[position])
                continue;
            chosen.Add(position);
            expected = narrowed;
        }
        return chosen.Select(position => Quote(grams[position]));
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
