using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotApp.Data.Writes;

/// <summary>
/// Inserts many rows fast: one prepared INSERT reused for every row, committed every <c>batchSize</c> rows
/// (SQLite's cost is the commit, not the statement; multi-row VALUES measured slower here, because
/// Microsoft.Data.Sqlite binds parameters by name). Columns and value conversions (money as fen, enums as
/// names, instants as integers) come from the EF model, so bulk rows read back exactly like SaveChanges rows.
/// Rows are not tracked and generated ids are not read back: set Id yourself when other rows must refer to it
/// (0 lets SQLite pick). Inside a transaction the caller began (db.Database.BeginTransactionAsync) nothing is
/// committed here, so an importer gets all-or-nothing; otherwise each batch is its own transaction and a
/// failure keeps the batches before it. ADR-010.
/// </summary>
public static class BulkInsert
{
    public const int DefaultBatchSize = 10_000;

    public static async Task<int> RunAsync<T>(BotDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken, int batchSize = DefaultBatchSize)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the model.", nameof(rows));
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => new InsertColumn(p, p.GetColumnName(table)!)).ToArray();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var command = InsertCommand(connection, table.Name, columns);
            await using var writer = new BatchWriter(connection, db.Database.CurrentTransaction?.GetDbTransaction(), batchSize);
            foreach (var row in rows)
                await writer.ExecuteAsync(command, columns, row, cancellationToken);
            return await writer.CompleteAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand InsertCommand(DbConnection connection, string table, InsertColumn[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
