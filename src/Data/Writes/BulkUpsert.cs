using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotApp.Data.Writes;

/// <summary>
/// Inserts or updates many rows by a natural key (a unique index), in the style of <see cref="BulkInsert"/>: one
/// prepared <c>INSERT … ON CONFLICT (key) DO UPDATE … WHERE something differs</c> per row, values converted by
/// the EF model. A row whose update columns already hold the same values is not written at all, so running the
/// same rows twice changes nothing. Only the <c>update</c> columns change on an existing row: derived
/// columns (a customer's grade) and columns the source did not supply keep what they hold. Joins the caller's
/// transaction, or runs all rows in one of its own: an import is all or nothing. ADR-010.
/// </summary>
public static class BulkUpsert
{
    public static async Task<UpsertCounts> RunAsync<T>(BotDbContext db, IEnumerable<T> rows, IReadOnlyCollection<string> key,
        IReadOnlyCollection<string> update, Action<T, UpsertOutcome>? observe, CancellationToken cancellationToken)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the model.", nameof(rows));
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => new InsertColumn(p, p.GetColumnName(table)!)).ToArray();
        var keyColumns = Pick(entityType, columns, key);
        var updateColumns = Pick(entityType, columns, update);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var own = db.Database.CurrentTransaction is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
            var transaction = own ?? db.Database.CurrentTransaction!.GetDbTransaction();
            await using var exists = UpsertSql.Exists(connection, table.Name, keyColumns);
            await using var upsert = UpsertSql.Upsert(connection, table.Name, columns, keyColumns, updateColumns);
            exists.Transaction = upsert.Transaction = transaction;
            var counts = UpsertCounts.None;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = Write(exists, keyColumns, upsert, columns, row);
                counts = counts.Add(outcome);
                observe?.Invoke(row, outcome);
            }
            if (own is not null)
                await own.CommitAsync(cancellationToken);
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static UpsertOutcome Write(DbCommand exists, InsertColumn[] keyColumns, DbCommand upsert, InsertColumn[] columns, object row)
    {
        // Microsoft.Data.Sqlite runs "async" commands synchronously anyway; the sync calls save a task per row.
        for (var c = 0; c < keyColumns.Length; c++)
            exists.Parameters[c].Value = keyColumns[c].ValueOf(row);
        var existed = exists.ExecuteScalar() is not null;
        for (var c = 0; c < columns.Length; c++)
            upsert.Parameters[c].Value = columns[c].ValueOf(row);
        var written = upsert.ExecuteNonQuery();
        return !existed ? UpsertOutcome.Inserted : written > 0 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
    }

    private static InsertColumn[] Pick(IEntityType entityType, InsertColumn[] columns, IReadOnlyCollection<string> properties) =>
        properties.Select(name => entityType.FindProperty(name) ?? throw new ArgumentException($"{entityType.ClrType.Name} has no property {name}.", nameof(properties)))
            .Select(property => columns.Single(c => c.Property == property))
            .ToArray();
}
