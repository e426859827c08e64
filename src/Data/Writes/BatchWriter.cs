using System.Data.Common;

namespace BotApp.Data.Writes;

/// <summary>Runs BulkInsert's rows in the caller's transaction, or in its own one per batch of rows.</summary>
internal sealed class BatchWriter(DbConnection connection, DbTransaction? outer, int batchSize) : IAsyncDisposable
{
    private DbTransaction? _batch;
    private int _sinceCommit;

    public int Count { get; private set; }

    public async ValueTask ExecuteAsync(DbCommand command, InsertColumn[] columns, object row, CancellationToken cancellationToken)
    {
        if (outer is null)
            _batch ??= await connection.BeginTransactionAsync(cancellationToken);
        command.Transaction = outer ?? _batch;
        for (var c = 0; c < columns.Length; c++)
            command.Parameters[c].Value = columns[c].ValueOf(row);
        // Microsoft.Data.Sqlite runs "async" commands synchronously anyway; the sync call saves a task per row.
        command.ExecuteNonQuery();
        Count++;
        if (++_sinceCommit < batchSize)
            return;
        cancellationToken.ThrowIfCancellationRequested();
        await CommitAsync(cancellationToken);
    }

    public async Task<int> CompleteAsync(CancellationToken cancellationToken)
    {
        await CommitAsync(cancellationToken);
        return Count;
    }

    public async ValueTask DisposeAsync()
    {
        // Not committed by now means a statement failed: disposing rolls the open batch back.
        if (_batch is not null)
            await _batch.DisposeAsync();
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        _sinceCommit = 0;
        if (_batch is null)
            return;
        await _batch.CommitAsync(cancellationToken);
        await _batch.DisposeAsync();
        _batch = null;
    }
}
