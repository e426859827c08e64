using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BotApp.Data;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers run beside the one writer; synchronous=NORMAL is
/// durable across application crashes in WAL mode (only an OS crash or power loss can lose the last
/// commits), which is the trade a chat bot wants; busy_timeout queues writers instead of failing them.
/// See docs/decisions/ADR-003-sqlite-settings.md.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
