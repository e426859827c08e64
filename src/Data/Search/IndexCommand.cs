using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotApp.Data.Search;

/// <summary>
/// A plain ADO command on the context's open connection (and transaction), for the index queries: their SQL runs
/// exactly as written, where EF would wrap it and cast the FTS5 rowid, which loses the index's order.
/// </summary>
internal static class IndexCommand
{
    public static DbCommand Create(BotDbContext db, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static IndexRow Row(DbDataReader reader) => new(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt32(3));
}
