namespace BotApp.Data.Search;

/// <summary>
/// One tier's matches straight from the index: candidates from an FTS5 table joined by key to
/// CustomerSearchDocuments, which holds the text to test and the grade and revenue to rank, in key order; FTS5 serves
/// the ORDER BY from its rowid order, so a reader can stop early.
/// </summary>
internal sealed class IndexQuery(CandidateSource source, Relevance relevance, string pattern, string? excluded, int? grade)
{
    /// <summary>
    /// The first <paramref name="candidates"/> candidates in key order, each with whether it matches (Tier −1 if not),
    /// so the caller knows both the matches and whether the index had more candidates than it read.
    /// </summary>
    public async Task<List<IndexRow>> ReadCandidatesAsync(BotDbContext db, KeyRange range, int candidates, CancellationToken cancellationToken)
    {
        var table = source.Table;
        await using var command = IndexCommand.Create(db, $"""
            SELECT "f"."Key", coalesce("d"."Grade", 0), coalesce("d"."Revenue", 0),
                   CASE WHEN instr("d"."Text", @pattern) = 0 OR (@grade IS NOT NULL AND "d"."Grade" <> @grade) THEN -1
                        WHEN instr("d"."Text", @exact) > 0 THEN 0 WHEN instr("d"."Text", @prefix) > 0 THEN 1 ELSE 2 END
            FROM (SELECT rowid AS "Key" FROM "{table}" WHERE "{table}" MATCH @match AND rowid >= @from AND rowid < @to ORDER BY rowid LIMIT @limit) AS "f"
            LEFT JOIN "CustomerSearchDocuments" AS "d" ON "d"."Key" = "f"."Key"
            ORDER BY "f"."Key"
            """,
            ("@exact", relevance.Exact), ("@prefix", relevance.Prefix), ("@match", source.Match), ("@from", range.From), ("@to", range.To),
            ("@pattern", pattern), ("@grade", grade), ("@limit", candidates));
        var rows = new List<IndexRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(IndexCommand.Row(reader));
        return rows;
    }

    /// <summary>The matches in the range in key order, up to <paramref name="limit"/> (null: all); read as far as needed, then dispose.</summary>
    public async Task<IndexReader> OpenAsync(BotDbContext db, KeyRange range, int? limit, CancellationToken cancellationToken)
    {
        var table = source.Table;
        var command = IndexCommand.Create(db, $"""
            SELECT "{table}".rowid, "d"."Grade", "d"."Revenue",
                   CASE WHEN instr("d"."Text", @exact) > 0 THEN 0 WHEN instr("d"."Text", @prefix) > 0 THEN 1 ELSE 2 END
            FROM "{table}" JOIN "CustomerSearchDocuments" AS "d" ON "d"."Key" = "{table}".rowid
            WHERE "{table}" MATCH @match AND "{table}".rowid >= @from AND "{table}".rowid < @to
              AND instr("d"."Text", @pattern) > 0 AND (@excluded IS NULL OR instr("d"."Text", @excluded) = 0)
              AND (@grade IS NULL OR "d"."Grade" = @grade)
            ORDER BY "{table}".rowid LIMIT @limit
            """,
            ("@exact", relevance.Exact), ("@prefix", relevance.Prefix), ("@match", source.Match), ("@from", range.From), ("@to", range.To),
            ("@pattern", pattern), ("@excluded", excluded), ("@grade", grade), ("@limit", limit ?? -1));
        try
        {
            return new(command, await command.ExecuteReaderAsync(cancellationToken));
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }
}
