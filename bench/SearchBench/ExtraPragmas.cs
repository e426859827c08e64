using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BotApp.SearchBench;

/// <summary>Bench-only: extra per-connection pragmas (environment SEARCHBENCH_PRAGMAS) to compare settings in one build.</summary>
internal sealed class ExtraPragmas(string pragmas) : DbConnectionInterceptor
{
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }
}
