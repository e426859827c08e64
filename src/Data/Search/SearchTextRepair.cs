using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotApp.Data.Search;

/// <summary>
/// Sets GroupCustomers.SearchText wherever it differs from what the names give (rows written by raw SQL, or before
/// the column existed). Reads in Id order, 10,000 rows at a time, so memory stays flat at any size.
/// </summary>
internal static class SearchTextRepair
{
    private const int ChunkSize = 10_000;

    public static async Task RunAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var read = Command(connection, transaction,
            """SELECT "Id", "Name", "NameEn", "SearchText" FROM "GroupCustomers" WHERE "Id" > @after ORDER BY "Id" LIMIT @chunk""", "@after", "@chunk");
        await using var write = Command(connection, transaction, """UPDATE "GroupCustomers" SET "SearchText" = @text WHERE "Id" = @id""", "@text", "@id");
        read.Parameters["@chunk"].Value = ChunkSize;
        long after = 0;
        while (true)
        {
            read.Parameters["@after"].Value = after;
            var stale = new List<(long Id, string Text)>();
            var rows = 0;
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                for (; await reader.ReadAsync(cancellationToken); rows++)
                {
                    after = reader.GetInt64(0);
                    var text = SearchText.Of(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                    if (text != reader.GetString(3))
                        stale.Add((after, text));
                }
            }
            foreach (var (id, text) in stale)
            {
                write.Parameters["@text"].Value = text;
                write.Parameters["@id"].Value = id;
                await write.ExecuteNonQueryAsync(cancellationToken);
            }
            if (rows < ChunkSize)
                return;
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
