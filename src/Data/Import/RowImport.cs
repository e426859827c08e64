using BotApp.Data.Writes;

namespace BotApp.Data.Import;

/// <summary>One kind of import file: its columns, how a row becomes an entity, and how entities are upserted.</summary>
internal abstract class RowImport<T>
    where T : class
{
    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The columns of the natural key, as the duplicate report names them.</summary>
    public abstract IReadOnlyList<ImportColumn> KeyColumns { get; }

    /// <summary>The natural key's properties: a unique index, the conflict target of the upsert.</summary>
    public abstract IReadOnlyCollection<string> KeyProperties { get; }

    /// <summary>A validated entity, or null when a cell was rejected (the row recorded why).</summary>
    public abstract T? Parse(ImportRow row);

    /// <summary>The natural key by value: 202610 and 2026-10 in two rows are the same bill month.</summary>
    public abstract object KeyOf(T entity);

    /// <summary>What an existing row takes from the file: the required columns, and the optional ones the file has.</summary>
    public abstract IReadOnlyCollection<string> UpdatedProperties(CsvHeader header);

    /// <summary>Runs inside the import's transaction after the upsert, with the rows it inserted or changed.</summary>
    public virtual Task AfterWriteAsync(BotDbContext db, IReadOnlyList<T> changed, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<UpsertCounts> WriteAsync(BotDbContext db, IReadOnlyList<T> rows, CsvHeader header, List<T> changed, CancellationToken cancellationToken) =>
        BulkUpsert.RunAsync(db, rows, KeyProperties, UpdatedProperties(header),
            (row, outcome) =>
            {
                if (outcome != UpsertOutcome.Unchanged)
                    changed.Add(row);
            },
            cancellationToken);
}
