using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Demo;

/// <summary>
/// (Re)creates the database file of a connection string with demo data. It is built beside the target under another
/// name and moved over it only when complete, so a failed or cancelled run leaves the old database as it was. Stop
/// the bot first: a running bot keeps the file it opened.
/// </summary>
public static class DemoDatabaseFile
{
    public static async Task<DemoSummary> RecreateAsync(string connectionString, DemoSettings settings, TimeProvider time, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var target = new SqliteConnectionStringBuilder(connectionString);
        if (target.Mode == SqliteOpenMode.Memory || target.DataSource is "" or ":memory:")
            throw new ArgumentException("The demo command needs a database file (ConnectionStrings:Bot 'Data Source=…').", nameof(connectionString));
        var path = Path.GetFullPath(target.DataSource);
        var building = path + ".building";
        DeleteWithJournals(building);
        // No pooling: when the context is disposed the file is really closed and can be moved.
        var options = new DbContextOptionsBuilder<BotDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder(connectionString) { DataSource = building, Pooling = false }.ToString())
            .AddInterceptors(new SqlitePragmas())
            .Options;
        try
        {
            DemoSummary summary;
            await using (var db = new BotDbContext(options))
            {
                await db.Database.MigrateAsync(cancellationToken);
                summary = await DemoData.CreateAsync(db, settings, time, progress, newFile: true, cancellationToken);
            }
            // The old file's WAL must not be replayed into the new one.
            DeleteWithJournals(path);
            File.Move(building, path);
            return summary;
        }
        finally
        {
            DeleteWithJournals(building);
        }
    }

    private static void DeleteWithJournals(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(path + suffix);
    }
}
