using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.State;

/// <summary>
/// One JSON state document per storage key (Bot Builder's BotState). It is read from the database the
/// first time a turn asks for it and cached in <see cref="ITurnContext.TurnState"/>, so a turn that never
/// asks costs no query; <see cref="AutoSaveStateMiddleware"/> writes it back only if its text changed.
/// </summary>
public abstract class BotState(IServiceProvider scope, TimeProvider time, StateCache cache)
{
    private BotDbContext? _db;

    private string CacheKey => $"BotApp.State.{GetType().Name}";

    /// <summary>
    /// The turn scope's DbContext, taken from the pool only when a state misses the cache or changed: most turns
    /// need neither, and then rent no context at all.
    /// </summary>
    internal BotDbContext Db => _db ??= scope.GetRequiredService<BotDbContext>();

    internal StateCache Cache => cache;

    /// <summary>The state for this turn's key; the same instance for the whole turn, changes are saved by the middleware.</summary>
    public async Task<JsonObject> GetAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.TurnState.TryGetValue(CacheKey, out var cached) && cached is CachedState hit)
            return hit.Value;

        var key = GetStorageKey(turn.Activity);
        if (!cache.TryGet(key, out var snapshot))
        {
            snapshot = (await StateRows.ReadAsync(Db, [key], cancellationToken)).GetValueOrDefault(key) ?? StateSnapshot.Missing;
            cache.Set(key, snapshot);
        }
        var state = new CachedState(key, snapshot);
        turn.TurnState[CacheKey] = state;
        return state.Value;
    }

    /// <summary>
    /// Loads, in one query, every state of the turn the cache does not hold yet — a person's first turn would
    /// otherwise cost one database round trip per state. Cache hits cost nothing here.
    /// </summary>
    public static async Task PrefetchAsync(ITurnContext turn, IReadOnlyList<BotState> states, CancellationToken cancellationToken)
    {
        // A turn without the parts of a key (say, no from id) cannot use that state; GetAsync says so if it tries.
        var missing = states.Select(s => (State: s, Key: s.StorageKeyOrNull(turn.Activity)))
            .Where(x => x.Key is not null && !x.State.Cache.TryGet(x.Key, out _)).Select(x => (x.State, Key: x.Key!)).ToList();
        if (missing.Count == 0)
            return;
        var found = await StateRows.ReadAsync(missing[0].State.Db, missing.Select(x => x.Key).Distinct().ToList(), cancellationToken);
        foreach (var (state, key) in missing)
            state.Cache.Set(key, found.GetValueOrDefault(key) ?? StateSnapshot.Missing);
    }

    /// <summary>Saves this state now if it changed; the middleware does this at the end of every turn.</summary>
    public Task SaveChangesAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        BotStateWriter.SaveAsync(turn, [this], cancellationToken);

    /// <summary>
    /// Removes the stored document and forgets the cached one, e.g. after an error left a dialog stack
    /// that would fail again on every turn (Bot Builder's samples delete conversation state in OnTurnError).
    /// </summary>
    public async Task DeleteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var key = GetStorageKey(turn.Activity);
        Forget(turn);
        cache.Remove(key);
        await Db.BotState.Where(x => x.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The storage key, as Bot Builder builds it (so stored keys read the same to someone who knows it).</summary>
    protected abstract string? StorageKeyOrNull(Activity activity);

    private string GetStorageKey(Activity activity) =>
        StorageKeyOrNull(activity) ?? throw new InvalidOperationException($"The activity lacks what {GetType().Name} needs for its key (channel, conversation or from id).");

    /// <summary>The cached document if it changed since it was loaded; stages the row in the DbContext.</summary>
    internal CachedState? StageChanges(ITurnContext turn) =>
        turn.TurnState.TryGetValue(CacheKey, out var cached) && cached is CachedState state && state.Stage(() => Db, time.GetUtcNow())
            ? state
            : null;

    internal void Forget(ITurnContext turn)
    {
        if (!turn.TurnState.Remove(CacheKey, out var cached) || cached is not CachedState state)
            return;
        // What this turn read may be stale (a conflict) or broken: the next turn reads the database again.
        cache.Remove(state.Key);
        if (state.Record is { } record)
            Db.Entry(record).State = EntityState.Detached;
    }

}
