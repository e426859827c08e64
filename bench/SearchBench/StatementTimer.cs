using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BotApp.SearchBench;

/// <summary>Bench diagnostics (environment SEARCHBENCH_TRACE): each statement's time until its reader is disposed.</summary>
internal sealed class StatementTimer : DbCommandInterceptor
{
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        var sql = command.CommandText.ReplaceLineEndings(" ");
        Console.WriteLine($"    {eventData.Duration.TotalMilliseconds,7:F2} ms  {sql[..Math.Min(150, sql.Length)]}");
        return result;
    }
}
