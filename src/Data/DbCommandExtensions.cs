using System.Data.Common;

namespace BotApp.Data;

/// <summary>For the few hot-path statements written as plain SQL (bookkeeping upserts, state reads).</summary>
public static class DbCommandExtensions
{
    /// <summary>Adds a parameter; a prepared statement reuses it by setting its Value per row.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
