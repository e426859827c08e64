using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
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

    /// <summary>
    /// Physical connections already set up. Microsoft.Data.Sqlite pools them and EF opens one for every query, so
    /// running the pragmas on every open would cost each query a statement; a pooled handle keeps its settings.
    /// Code that changes one of these pragmas on a connection restores it before closing (Demo/DemoLoadSession does).
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    private static void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Configured.TryGetValue(handle, out _))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        command.ExecuteNonQuery();
        if (handle is not null)
            Configured.AddOrUpdate(handle, Marker);
    }

    private static readonly object Marker = new();
}
