using System.Threading.Channels;
using BotApp.Data;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Bookkeeping writes that need not delay a turn — duplicate-suppression claims, conversation references —
/// queued and written in batches, one transaction per batch, off the hot path. What users entered never
/// goes here: their data is saved before the turn answers. On shutdown the queue is drained.
/// </summary>
public sealed class StoreWriteBehind(IServiceScopeFactory scopes, ILogger<StoreWriteBehind> log) : BackgroundService
{
    private const int MaxBatch = 256;

    /// <summary>
    /// How long the writer lets work gather after waking: under load a transaction per few turns costs more than
    /// the turns' own work, and a few milliseconds more of write-behind changes nothing for what it holds.
    /// </summary>
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(20);
    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Func<BotDbContext, CancellationToken, Task> write) => _queue.Writer.TryWrite(new Item(write, null));

    /// <summary>Completes once everything queued before the call is written (tests, shutdown).</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new Item(null, done)))
            return Task.CompletedTask; // stopped: the queue was drained already
        return done.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await (ExecuteTask ?? Task.CompletedTask).WaitAsync(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    // Runs until the queue is completed, not until the stopping token: queued writes are never dropped on shutdown.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Item>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            // A flush (a test, shutdown) is waiting on the writer: no gathering then.
            if (_queue.Reader.TryPeek(out var first) && first.Write is not null && !stoppingToken.IsCancellationRequested)
                await Task.Delay(GatherWindow, CancellationToken.None);
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
                batch.Add(item);
            await WriteAsync(batch.Where(i => i.Write is not null).ToList());
            foreach (var marker in batch.Where(i => i.Flushed is not null))
                marker.Flushed!.TrySetResult();
        }
    }

    private async Task WriteAsync(List<Item> writes)
    {
        if (writes.Count == 0)
            return;
        if (await TryWriteAsync(writes))
            return;
        // One bad write must not lose the others: retry one by one and drop only what still fails.
        foreach (var write in writes)
            await TryWriteAsync([write]);
    }

    private async Task<bool> TryWriteAsync(List<Item> writes)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            foreach (var write in writes)
                await write.Write!(db, CancellationToken.None);
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            return true;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Write-behind batch of {Count} failed", writes.Count);
            return false;
        }
    }

    private sealed record Item(Func<BotDbContext, CancellationToken, Task>? Write, TaskCompletionSource? Flushed);
}
