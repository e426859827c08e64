using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Saves a change made on a card of a given plan version (ADR-010): the UPDATE says "WHERE Version = the card's", so
/// of two people acting at once only the first changes the plan; the other is told the card was stale.
/// </summary>
public static class PlanSave
{
    /// <summary>Makes the save a change of the plan row at <paramref name="versionSeen"/>, even when only its steps change, so the version rises.</summary>
    public static void Guard(BotDbContext db, PersonalisedPlan plan, int versionSeen)
    {
        var version = db.Entry(plan).Property(p => p.Version);
        version.OriginalValue = versionSeen;
        version.IsModified = true;
    }

    /// <summary>
    /// Runs <paramref name="write"/> (one or more SaveChanges) in one transaction. False when the plan changed since
    /// <paramref name="versionSeen"/> and nothing was written; any other failure is thrown. A new plan (no
    /// <paramref name="planId"/>) has no version to lose to.
    /// </summary>
    public static async Task<bool> TryCommitAsync(BotDbContext db, long? planId, int versionSeen, Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await write(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (planId is not null)
        {
            // Not only DbUpdateConcurrencyException: the loser's notice rows can collide with the winner's first.
            db.ChangeTracker.Clear();
            var current = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => (int?)p.Version).FirstOrDefaultAsync(cancellationToken);
            if (current == versionSeen)
                throw;
            return false;
        }
    }
}
