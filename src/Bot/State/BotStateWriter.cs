using BotApp.Bot.Protocol.Turns;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.State;

/// <summary>Writes the changed states of a turn in one SaveChanges (one transaction), or refuses on a race.</summary>
internal static class BotStateWriter
{
    private const int SqliteConstraintPrimaryKey = 1555;

    public static async Task SaveAsync(ITurnContext turn, IReadOnlyList<BotState> states, CancellationToken cancellationToken)
    {
        var staged = states.Select(s => (State: s, Cached: s.StageChanges(turn))).Where(x => x.Cached is not null).ToList();
        if (staged.Count == 0)
            return; // nothing changed: no write at all

        // All states of a turn come from the turn's DI scope, so they share one DbContext.
        var db = staged[0].State.Db;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsDuplicateKey(ex))
        {
            // Drop what this turn staged so nothing later in the scope retries the stale write.
            foreach (var (state, _) in staged)
                state.Forget(turn);
            throw new BotStateConflictException(staged.Select(x => x.Cached!.Key).ToArray(), ex);
        }
        foreach (var (state, cached) in staged)
        {
            state.Cache.Set(cached!.Key, cached.Accept());
            state.Db.Entry(cached.Record!).State = EntityState.Detached;
        }
    }

    // Two turns that both found no row both insert it; the second one loses the race on the primary key.
    private static bool IsDuplicateKey(DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintPrimaryKey };
}
