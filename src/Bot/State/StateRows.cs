using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.State;

/// <summary>
/// Reads state rows by key with one plain statement on the turn's connection. A person's first turn pays this read;
/// through EF's query pipeline (with the key list as a json_each parameter) it was a quarter of such a turn's CPU.
/// </summary>
internal static class StateRows
{
    public static async Task<Dictionary<string, StateSnapshot>> ReadAsync(BotDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StateSnapshot>(keys.Count, StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"Key\", \"Json\", \"Version\" FROM \"BotState\" WHERE \"Key\" IN ({string.Join(", ", keys.Select((_, i) => $"$k{i}"))})";
            for (var i = 0; i < keys.Count; i++)
                command.AddParameter($"$k{i}", keys[i]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found[reader.GetString(0)] = new StateSnapshot(reader.GetString(1), reader.GetInt32(2));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return found;
    }
}
