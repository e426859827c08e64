using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotApp.Data.Writes;

/// <summary>
/// Inserts many rows fast: one prepared INSERT reused for every row, committed every <c>batchSize</c> rows
/// (SQLite's cost is the commit, not the statement). Columns and value conversions (money as fen, enums as
/// names, instants as integers) come from the EF model, so bulk rows read back exactly like SaveChanges rows.
/// Rows are not tracked and generated ids are not read back: set Id yourself when other rows must refer to it
/// (0 lets SQLite pick). Inside a transaction the caller began (db.Database.BeginTransactionAsync) nothing is
/// committed here, so an importer gets all-or-nothing; otherwise each batch is its own transaction. ADR-010.
/// </summary>
public static class BulkInsert
{
    public const int DefaultBatchSize = 10_000;

    public static async Task<int> RunAsync<T>(BotDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken, int batchSize = DefaultBatchSize)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the model.", nameof(rows));
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => new Column(p, p.GetColumnName(table)!)).ToArray();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var outer = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                                  $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                command.Parameters.Add(parameter);
            }

            var count = 0;
            DbTransaction? batch = null;
            try
            {
                foreach (var row in rows)
                {
                    if (outer is null && batch is null)
                        batch = await connection.BeginTransactionAsync(cancellationToken);
                    command.Transaction = outer ?? batch;
                    for (var i = 0; i < columns.Length; i++)
                        command.Parameters[i].Value = columns[i].ValueOf(row);
                    // Microsoft.Data.Sqlite runs "async" commands synchronously anyway; the sync call saves a task per row.
                    command.ExecuteNonQuery();
                    if (++count % batchSize != 0)
                        continue;
                    cancellationToken.ThrowIfCancellationRequested();
                    if (batch is null)
                        continue;
                    await batch.CommitAsync(cancellationToken);
                    await batch.DisposeAsync();
                    batch = null;
                }
                if (batch is not null)
                    await batch.CommitAsync(cancellationToken);
            }
            finally
            {
                if (batch is not null)
                    await batch.DisposeAsync();
            }
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class Column(IProperty property, string name)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly Func<object?, object?>? _toProvider = property.GetTypeMapping().Converter?.ConvertToProvider;
        private readonly bool _generatedWhenDefault = property.ValueGenerated.HasFlag(ValueGenerated.OnAdd);

        public string Name { get; } = name;

        public object ValueOf(object row)
        {
            if (_generatedWhenDefault && _getter.HasSentinelValueUsingContainingEntity(row))
                return DBNull.Value;
            var value = _getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && _toProvider is not null)
                value = _toProvider(value);
            return value ?? DBNull.Value;
        }
    }
}
