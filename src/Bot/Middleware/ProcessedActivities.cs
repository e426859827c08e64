using System.Collections.Concurrent;
using BotApp.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BotApp.Bot.Middleware;

/// <summary>
/// The activities this bot is handling or has handled recently, per conversation. Claims live in memory, where
/// a redelivery of a slow turn (which arrives while the first is still running) finds them at once; completed
/// ones are also written behind to the store and reloaded at startup, so a retry across a restart is
/// recognised too. Claims older than <see cref="Window"/> are forgotten: channels retry within seconds.
/// </summary>
public sealed class ProcessedActivities(IServiceScopeFactory scopes, StoreWriteBehind writeBehind, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffsetToBinaryConverter StoredInstant = new();

    private readonly ConcurrentDictionary<(string Conversation, string Activity), Claim> _claims = new();
    private readonly ConcurrentQueue<(string Conversation, string Activity, Claim Claim)> _unsaved = new();
    private Task? _loading;
    private int _flushQueued;

    /// <summary>True if this delivery is the first; false for a duplicate (its earlier claim is returned).</summary>
    public async Task<(bool First, Claim Claim)> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await LazyInitializer.EnsureInitialized(ref _loading, LoadRecentAsync).WaitAsync(cancellationToken);
        var fresh = new Claim(clock.GetUtcNow());
        var claim = _claims.GetOrAdd((conversationId, activityId), fresh);
        return (ReferenceEquals(claim, fresh), claim);
    }

    /// <summary>The turn finished: remember it durably, with the invoke response a redelivery should get.</summary>
    public void Complete(string conversationId, string activityId, Claim claim, string? invokeResponseJson)
    {
        claim.InvokeResponseJson = invokeResponseJson;
        claim.Completed = true;
        _unsaved.Enqueue((conversationId, activityId, claim));
        // One write-behind item drains everything completed meanwhile, with one prepared statement.
        if (Interlocked.Exchange(ref _flushQueued, 1) == 0)
            writeBehind.Enqueue(SaveCompletedAsync);
    }

    private async Task SaveCompletedAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _flushQueued, 0);
        if (_unsaved.IsEmpty)
            return;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            INSERT INTO ProcessedActivities (ConversationId, ActivityId, ProcessedAt, InvokeResponseJson) VALUES ($c, $a, $t, $j)
            ON CONFLICT (ConversationId, ActivityId) DO UPDATE SET ProcessedAt = excluded.ProcessedAt, InvokeResponseJson = excluded.InvokeResponseJson
            """;
        var (c, a, t, j) = (command.AddParameter("$c"), command.AddParameter("$a"), command.AddParameter("$t"), command.AddParameter("$j"));
        while (_unsaved.TryDequeue(out var item))
        {
            (c.Value, a.Value) = (item.Conversation, item.Activity);
            t.Value = StoredInstant.ConvertToProvider(item.Claim.ClaimedAt);
            j.Value = (object?)item.Claim.InvokeResponseJson ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The turn failed: forget the claim so the channel's retry is processed.</summary>
    public void Release(string conversationId, string activityId) => _claims.TryRemove((conversationId, activityId), out _);

    /// <summary>Drops in-memory claims older than the window; returns how many.</summary>
    public int Prune()
    {
        var cutoff = clock.GetUtcNow() - Window;
        var removed = 0;
        foreach (var (key, claim) in _claims)
            if (claim.ClaimedAt < cutoff && _claims.TryRemove(key, out _))
                removed++;
        return removed;
    }

    // Once per process, before the first claim: the store remembers turns completed before a restart.
    private async Task LoadRecentAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var cutoff = clock.GetUtcNow() - Window;
        var recent = await db.ProcessedActivities.AsNoTracking().Where(p => p.ProcessedAt >= cutoff).ToListAsync();
        foreach (var p in recent)
            _claims.TryAdd((p.ConversationId, p.ActivityId), new Claim(p.ProcessedAt) { Completed = true, InvokeResponseJson = p.InvokeResponseJson });
    }

    public sealed class Claim(DateTimeOffset claimedAt)
    {
        public DateTimeOffset ClaimedAt { get; } = claimedAt;

        public bool Completed { get; set; }

        public string? InvokeResponseJson { get; set; }
    }
}
