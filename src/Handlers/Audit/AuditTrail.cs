using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Writes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotApp.Handlers.Audit;

/// <summary>
/// Records who read what, when (ADR-012). One writer commits the entries of many turns together, one transaction per
/// batch window (<see cref="AuditOptions.BatchWindow"/>), and by default the turn does not wait for it. Measured at a
/// million customers: an INSERT per lookup queued turns on SQLite's write lock (its busy handler sleeps 1, 2, 5 ms …
/// between tries; a fifth of the throughput at 16 concurrent turns); waiting for a shared commit inherited the
/// writer's stalls; and every commit makes every other connection drop its page cache (SQLite WAL), so a commit per
/// lookup made concurrent reads several times slower. Singleton; disposing it writes what is queued.
/// </summary>
public sealed partial class AuditTrail(IServiceScopeFactory scopes, TimeProvider time, AuditOptions options, ILogger<AuditTrail> log) : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private List<Pending> _waiting = [];
    private bool _writing;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Queues the entry; with WaitForCommit, completes once it is committed and throws if it cannot be.</summary>
    public Task RecordAsync(long? staffId, string action, string entityType, string entityId, object? details, CancellationToken cancellationToken)
    {
        var pending = Enqueue(AuditEntries.Create(staffId, action, entityType, entityId, details, time.GetUtcNow()), options.WaitForCommit);
        // A cancelled turn stops waiting; its entry is written anyway.
        return pending.Written?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;
    }

    /// <summary>Completes when everything queued before the call is written (or failed and was logged): tests, shutdown.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => Enqueue(null, wait: true).Written!.Task.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await FlushAsync(CancellationToken.None);

    /// <summary>For containers disposed synchronously (test hosts): waits a bounded time for the queue to be written.</summary>
    public void Dispose() => FlushAsync(CancellationToken.None).Wait(TimeSpan.FromSeconds(10));

    private Pending Enqueue(AuditEntry? entry, bool wait)
    {
        var pending = new Pending(entry, wait ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null);
        lock (_gate)
        {
            _waiting.Add(pending);
            // Someone waits (WaitForCommit, a flush): write now rather than at the end of the batch window.
            if (wait)
                _wake.TrySetResult();
            if (!_writing)
                _ = Task.Run(WriteWaitingAsync, CancellationToken.None);
            _writing = true;
        }
        return pending;
    }

    private async Task WriteWaitingAsync()
    {
        while (true)
        {
            Task wake;
            lock (_gate)
                wake = _wake.Task;
            using (var windowEnds = new CancellationTokenSource())
            {
                await Task.WhenAny(wake, Task.Delay(options.BatchWindow, time, windowEnds.Token));
                await windowEnds.CancelAsync();
            }
            if (TakeWaiting() is not { } batch)
                return;
            var failure = await WriteAsync(batch.Where(p => p.Entry is not null).Select(p => p.Entry!).ToList());
            // Flush markers complete either way (a failure is logged); a caller waiting for its own entry gets the failure.
            foreach (var pending in batch)
            {
                if (failure is null || pending.Entry is null)
                    pending.Written?.TrySetResult();
                else
                    pending.Written?.TrySetException(failure);
            }
        }
    }

    private async Task<Exception?> WriteAsync(List<AuditEntry> entries)
    {
        if (entries.Count == 0)
            return null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            // BulkInsert: one transaction for the batch, columns and conversions from the model, nothing tracked.
            await BulkInsert.RunAsync(db, entries, CancellationToken.None);
            return null;
        }
        catch (Exception ex)
        {
            LogLost(log, ex, entries.Count);
            return ex;
        }
    }

    /// <summary>Everything queued, or null when nothing is: the writer stops, and the next Enqueue starts one again.</summary>
    private List<Pending>? TakeWaiting()
    {
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                _writing = false;
                return null;
            }
            var batch = _waiting;
            _waiting = [];
            _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return batch;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit entries lost: a batch of {Count} could not be written")]
    private static partial void LogLost(ILogger logger, Exception exception, int count);

    /// <summary>An entry to write, or (Entry null) a flush marker; Written is set for callers that wait.</summary>
    private sealed record Pending(AuditEntry? Entry, TaskCompletionSource? Written);
}
