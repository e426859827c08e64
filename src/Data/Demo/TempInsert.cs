using System.Data.Common;

namespace BotApp.Data.Demo;

/// <summary>One prepared INSERT into a temp table of the demo load, reused for every row (temp tables are not in the EF model, so BulkInsert cannot write them).</summary>
internal sealed class TempInsert : IDisposable
{
    private readonly DbCommand _command;

    public TempInsert(DbConnection connection, string table, int columns)
    {
        _command = connection.CreateCommand();
        _command.CommandText = $"INSERT INTO temp.\"{table}\" VALUES ({string.Join(", ", Enumerable.Range(0, columns).Select(i => $"@p{i}"))})";
        for (var i = 0; i < columns; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            _command.Parameters.Add(parameter);
        }
    }

    public void Run(DbTransaction transaction, params ReadOnlySpan<object> values)
    {
        _command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            _command.Parameters[i].Value = values[i];
        // Microsoft.Data.Sqlite runs "async" commands synchronously anyway; the sync call saves a task per row.
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
