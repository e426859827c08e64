using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotApp.Data.Search;

/// <summary>
/// One tier's matches straight from the index: candidates from an FTS5 table joined by key to
/// CustomerSearchDocuments, which holds the text to test and the grade and revenue to rank, in key order. Plain
/// ADO on the context's connection, so the ORDER BY FTS5 serves from its rowid order is exactly as written here.
/// </summary>
internal sealed class IndexQuery(CandidateSource source, Relevance relevance, string pattern, string? excluded, int? grade)
{
    public async Task<List<IndexRow>> ReadAsync(BotDbContext db, KeyRange range, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<IndexRow>();
        await using var reader = await OpenAsync(db, range, limit, cancellationToken);
        while (await reader.ReadAsync(cancellationToken) is { } row)
            rows.Add(row);
        return rows;
    }

    /// <summary>The matches in the range in key order, up to <paramref name="limit"/> (null: all); read as far as needed, then dispose.</summary>
    public async Task<IndexReader> OpenAsync(BotDbContext db, KeyRange range, int? limit, CancellationToken cancellationToken)
    {
        var table = source.Table;
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""
            SELECT "{table}".rowid, "d"."Grade", "d"."Revenue",
                   CASE WHEN instr("d"."Text", @exact) > 0 THEN 0 WHEN instr("d"."Text", @prefix) > 0 THEN 1 ELSE 2 END
            FROM "{table}" JOIN "CustomerSearchDocuments" AS "d" ON "d"."Key" = "{table}".rowid
            WHERE "{table}" MATCH @match AND "{table}".rowid >= @from AND "{table}".rowid < @to
              AND instr("d"."Text", @pattern) > 0 AND (@excluded IS NULL OR instr("d"."Text", @excluded) = 0)
              AND (@grade IS NULL OR "d"."Grade" = @grade)
            ORDER BY "{table}".rowid LIMIT @limit
            """;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "@exact", relevance.Exact);
        Add(command, "@prefix", relevance.Prefix);
        Add(command, "@match", source.Match);
        Add(command, "@from", range.From);
        Add(command, "@to", range.To);
        Add(command, "@pattern", pattern);
        Add(command, "@excluded", excluded);
        Add(command, "@grade", grade);
        Add(command, "@limit", limit ?? -1);
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

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
