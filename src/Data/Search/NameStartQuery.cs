namespace BotApp.Data.Search;

/// <summary>
/// Whole-name and name-start matches ("\n" + fragment [+ "\n"]) by a range over the first 12 characters of each name
/// (two expression indexes on CustomerSearchDocuments, ADR-011). Its cost follows the real matches, where the index's
/// anchored trigrams ("\nte": any name starting "te") can yield thousands of candidates for none.
/// </summary>
internal static class NameStartQuery
{
    public const int IndexedLength = 12;

    private const string NameStart = """substr("Text", 1, 12)""";
    private const string NameEnStart = """substr("Text", instr(substr("Text", 2), char(10)) + 1, 12)""";

    /// <summary>
    /// The matches of the anchored pattern in key order, or null when more than <paramref name="limit"/> names start
    /// like it (counted on the indexes alone, so a broad start such as "宁波" costs no more than the limit).
    /// </summary>
    public static async Task<List<IndexRow>?> ReadAsync(
        BotDbContext db, Relevance relevance, string pattern, string? excluded, int? grade, int limit, CancellationToken cancellationToken)
    {
        var start = pattern.Length > IndexedLength ? pattern[..IndexedLength] : pattern;
        (string, object?)[] range = [("@from", start), ("@to", start + char.ConvertFromUtf32(0x10FFFF)), ("@limit", limit + 1)];
        await using (var count = IndexCommand.Create(db, $"""
            SELECT max((SELECT count(*) FROM (SELECT 1 FROM "CustomerSearchDocuments" WHERE {NameStart} >= @from AND {NameStart} < @to LIMIT @limit)),
                       (SELECT count(*) FROM (SELECT 1 FROM "CustomerSearchDocuments" WHERE {NameEnStart} >= @from AND {NameEnStart} < @to LIMIT @limit)))
            """, range))
        {
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! > limit)
                return null;
        }
        await using var command = IndexCommand.Create(db, $"""
            SELECT "Key", "Grade", "Revenue",
                   CASE WHEN instr("Text", @exact) > 0 THEN 0 WHEN instr("Text", @prefix) > 0 THEN 1 ELSE 2 END
            FROM "CustomerSearchDocuments"
            WHERE "Key" IN (
                SELECT "Key" FROM "CustomerSearchDocuments" WHERE {NameStart} >= @from AND {NameStart} < @to
                UNION SELECT "Key" FROM "CustomerSearchDocuments" WHERE {NameEnStart} >= @from AND {NameEnStart} < @to)
              AND instr("Text", @pattern) > 0 AND (@excluded IS NULL OR instr("Text", @excluded) = 0) AND (@grade IS NULL OR "Grade" = @grade)
            ORDER BY "Key"
            """, [.. range, ("@exact", relevance.Exact), ("@prefix", relevance.Prefix), ("@pattern", pattern), ("@excluded", excluded), ("@grade", grade)]);
        var rows = new List<IndexRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(IndexCommand.Row(reader));
        return rows;
    }
}
