using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BotApp.Data;

/// <summary>
/// Per-connection SQLite settings: synchronous=NORMAL is durable across application crashes in WAL mode
/// (only an OS crash or power loss can lose the last commits), which is the trade a chat bot wants;
/// busy_timeout queues writers instead of failing them. These two cost no lock. mmap_size lets reads come
/// straight from the OS page cache instead of a read() call per page past SQLite's 2 MB cache: searches over a
/// million customers are up to twice as fast (ADR-011); SQLite clamps it to the build's maximum (2 GiB here).
/// journal_mode=WAL is a property of the database file and is set once, by <see cref="DatabaseMigration"/>:
/// setting it on every open would take a lock and stall behind any running write. See docs/decisions/ADR-003-sqlite-settings.md.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string PerConnection = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=4294967296;";
    public const string PerDatabase = "PRAGMA journal_mode=WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        command.ExecuteNonQuery();
    }
}
