using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// Keeps the search index (two FTS5 tables over GroupCustomers.SearchText, ADR-011) in step with the customers.
/// Triggers keep it current for ordinary writes. Bulk loaders (demo generator, importer) call <see cref="SuspendAsync"/>
/// first, so a million inserts do not each update it, and <see cref="RebuildAsync"/> after; until then searches miss
/// what was loaded. A suspended index found at startup (a load that crashed) is rebuilt then.
/// </summary>
public static class CustomerSearchIndex
{
    /// <summary>The triggers stop indexing; committed with the caller's transaction if there is one.</summary>
    public static Task SuspendAsync(BotDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""UPDATE "CustomerSearchState" SET "Suspended" = 1""", cancellationToken);

    public static Task<bool> IsSuspendedAsync(BotDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"""SELECT "Suspended" AS "Value" FROM "CustomerSearchState" """).SingleAsync(cancellationToken);

    /// <summary>
    /// Recomputes everything derived for search from the customers: SearchText where it is stale (raw SQL writes),
    /// the bands, both index tables and the trigram counts; then resumes the triggers. One transaction (the caller's,
    /// if open), so searches keep answering from the old index until it commits. About 40 s at a million customers.
    /// </summary>
    public static async Task RebuildAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await SuspendAsync(db, cancellationToken);
        await SearchTextRepair.RunAsync(db, cancellationToken);
        await SearchBands.ComputeAsync(db, cancellationToken);
        foreach (var statement in SearchIndexSql.Refill)
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "CustomerSearchState" SET "Suspended" = 0, "IndexedCustomers" = (SELECT count(*) FROM "GroupCustomers")""", cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Startup: finish what a crashed bulk load or the CustomerSearch migration (existing customers) left.</summary>
    public static async Task RebuildIfSuspendedAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        if (await IsSuspendedAsync(db, cancellationToken))
            await RebuildAsync(db, cancellationToken);
    }
}
