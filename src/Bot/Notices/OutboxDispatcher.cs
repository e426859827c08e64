using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Notices;

/// <summary>
/// Sends the outbox (ADR-016, Notices): at start, whenever <see cref="OutboxSignal"/> is woken, and every
/// <see cref="OutboxOptions.PollInterval"/>, every due row goes out in order, each conversation's rows in the order queued.
/// <para>
/// Delivery is at-least-once. A row is marked Sent in the same SaveChanges that records its activity id, right after the
/// channel took it; a crash between the two leaves it Pending and it is sent once more after the restart. Within one
/// process passes never overlap (the gate), so a row is never sent twice; one dispatcher per database, as SQLite serves
/// one host.
/// </para>
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxDelivery delivery, OutboxSignal signal, IOptions<OutboxOptions> options,
    TimeProvider time, ILogger<OutboxDispatcher> log) : BackgroundService
{
    private const int BatchSize = 50;
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    await DispatchDueAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The store is unavailable, or a bug: the rows stay Pending and the next pass tries again.
                    log.LogError(exception, "Outbox pass failed; trying again in {Interval}", options.Value.PollInterval);
                }
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; a message in flight was not recorded and goes out after the restart.
        }
    }

    /// <summary>Settles or reschedules every row due now and returns how many it tried. Tests call it to drain the outbox.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var tried = 0;
            List<DueRow> due;
            do
            {
                due = await DueAsync(cancellationToken);
                // A conversation whose row must wait holds back its later rows too, so notices arrive in order.
                var held = new HashSet<long>();
                foreach (var row in due.Where(r => !held.Contains(r.ConversationReferenceId)))
                {
                    if (await delivery.DeliverAsync(row.Id, cancellationToken) == DeliveryResult.RetryLater)
                        held.Add(row.ConversationReferenceId);
                    tried++;
                }
            }
            while (due.Count == BatchSize);
            return tried;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Due rows, oldest first, leaving out those queued behind a row of their conversation that is waiting to be retried.</summary>
    private async Task<List<DueRow>> DueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = time.GetUtcNow();
        return await db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now
                && !db.Outbox.Any(w => w.ConversationReferenceId == o.ConversationReferenceId && w.Id < o.Id
                    && w.Status == OutboxStatus.Pending && w.NextAttemptAt > now))
            .OrderBy(o => o.Id).Take(BatchSize)
            .Select(o => new DueRow(o.Id, o.ConversationReferenceId))
            .ToListAsync(cancellationToken);
    }

    private sealed record DueRow(long Id, long ConversationReferenceId);
}
