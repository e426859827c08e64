using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Infrastructure;

/// <summary>
/// A migrated SQLite database in a temp file with the production pragmas, so each context gets its own
/// connection like two requests would. Deleted on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"botapp-data-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public BotDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={_path}").AddInterceptors(new SqlitePragmas()).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}
