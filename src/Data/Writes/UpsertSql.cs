using System.Data.Common;

namespace BotApp.Data.Writes;

/// <summary>The two prepared statements of <see cref="BulkUpsert"/>; parameters are bound by position.</summary>
internal static class UpsertSql
{
    public static DbCommand Exists(DbConnection connection, string table, InsertColumn[] key) =>
        Command(connection, $"SELECT 1 FROM \"{table}\" WHERE {string.Join(" AND ", key.Select((c, i) => $"\"{c.Name}\" = @k{i}"))} LIMIT 1",
            "@k", key.Length);

    /// <summary>
    /// The WHERE on DO UPDATE makes an identical row a no-op (changes() = 0), which is how an unchanged row is told
    /// from an updated one; IS NOT compares NULLs as values.
    /// </summary>
    public static DbCommand Upsert(DbConnection connection, string table, InsertColumn[] columns, InsertColumn[] key, InsertColumn[] update)
    {
        var insert = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                     $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}) " +
                     $"ON CONFLICT ({string.Join(", ", key.Select(c => $"\"{c.Name}\""))}) ";
        var action = update.Length == 0
            ? "DO NOTHING"
            : $"DO UPDATE SET {string.Join(", ", update.Select(c => $"\"{c.Name}\" = excluded.\"{c.Name}\""))} " +
              $"WHERE {string.Join(" OR ", update.Select(c => $"\"{table}\".\"{c.Name}\" IS NOT excluded.\"{c.Name}\""))}";
        return Command(connection, insert + action, "@p", columns.Length);
    }

    private static DbCommand Command(DbConnection connection, string sql, string prefix, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = prefix + i;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
