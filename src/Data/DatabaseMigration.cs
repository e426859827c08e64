using BotApp.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Data;

public static class DatabaseMigration
{
    /// <summary>Brings the database to the current schema; runs once at startup, before the first request.</summary>
    public static async Task MigrateBotDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SqlitePragmas.PerDatabase, cancellationToken);
        // A bulk load that never finished, or customers that predate the search index (ADR-011).
        await CustomerSearchIndex.RebuildIfSuspendedAsync(db, cancellationToken);
    }
}
