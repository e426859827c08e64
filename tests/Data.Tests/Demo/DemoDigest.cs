using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Demo;

/// <summary>A SHA-256 over every row of every table, in primary-key order: two databases with equal digests hold the same data.</summary>
public static class DemoDigest
{
    public static async Task<string> OfAsync(BotDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name NOT LIKE '!_!_EF%' ESCAPE '!' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    tables.Add(reader.GetString(0));
            }
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var table in tables)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"[{table}]"));
                int columns;
                await using (var shape = connection.CreateCommand())
                {
                    shape.CommandText = $"SELECT * FROM \"{table}\" LIMIT 0";
                    await using var empty = await shape.ExecuteReaderAsync();
                    columns = empty.FieldCount;
                }
                await using var rows = connection.CreateCommand();
                // Ordering by the leading columns (the key, or all of a small table's) makes the order independent of rowids.
                rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {string.Join(", ", Enumerable.Range(1, Math.Min(3, columns)))}";
                await using var reader = await rows.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                        hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) + "\u001f"));
                    hash.AppendData("\n"u8);
                }
            }
            return Convert.ToHexString(hash.GetHashAndReset());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
