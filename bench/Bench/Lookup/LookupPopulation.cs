using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Microsoft.Data.Sqlite;

namespace BotApp.Bench.Lookup;

/// <summary>
/// Who asks, read from the demo database itself so every name, code and id is real: a random sample of account
/// managers with all their customers; every unit lead and department member, with customers from a random sample of
/// all customers (those in the lead's unit for a lead). Read before the bot starts, on the bench's own connection.
/// </summary>
public sealed record LookupPopulation(long Customers, IReadOnlyList<LookupViewer> AccountManagers, IReadOnlyList<LookupViewer> UnitLeads, IReadOnlyList<LookupViewer> Department)
{
    private const int SampledCustomers = 50_000;

    /// <summary>Unit leads and department staff ask in several chats (their 1:1 and team channels).</summary>
    public const int SharedConversations = 16;

    public static async Task<LookupPopulation> LoadAsync(string databasePath, int accountManagers, Random random, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var staff = await ReadAsync(connection, "SELECT s.Id, s.Role, s.WebChatId, IFNULL(o.Path, '') FROM Staff s LEFT JOIN OrgUnits o ON o.Id = s.OrgUnitId",
            r => (Id: r.GetInt64(0), Role: Enum.Parse<StaffRole>(r.GetString(1)), WebChatId: r.GetString(2), Path: r.GetString(3)), cancellationToken);

        var managers = staff.Where(s => s.Role == StaffRole.AccountManager).OrderBy(_ => random.Next()).Take(accountManagers).ToList();
        var portfolios = (await ReadAsync(connection, CustomerSql($"c.AccountManagerId IN ({string.Join(',', managers.Select(m => m.Id))})"),
            r => (ManagerId: r.GetInt64(5), Customer: Customer(r)), cancellationToken)).ToLookup(x => x.ManagerId, x => x.Customer);

        var maxId = (long)(await ScalarAsync(connection, "SELECT MAX(Id) FROM GroupCustomers", cancellationToken) ?? 0L);
        var ids = Enumerable.Range(0, SampledCustomers).Select(_ => random.NextInt64(1, maxId + 1)).Distinct();
        var sample = await ReadAsync(connection, CustomerSql($"c.Id IN ({string.Join(',', ids)})"), Customer, cancellationToken);

        return new LookupPopulation(
            (long)(await ScalarAsync(connection, "SELECT COUNT(*) FROM GroupCustomers", cancellationToken) ?? 0L),
            [.. managers.Where(m => portfolios[m.Id].Any()).Select(m => new LookupViewer(LookupAsker.AccountManager, m.WebChatId, 1, [.. portfolios[m.Id]]))],
            [.. staff.Where(s => s.Role == StaffRole.UnitLead && s.Path.Length > 0)
                .Select(s => new LookupViewer(LookupAsker.UnitLead, s.WebChatId, SharedConversations, [.. sample.Where(c => c.OrgUnitPath.StartsWith(s.Path, StringComparison.Ordinal))]))
                .Where(v => v.Customers.Count > 0)],
            [.. staff.Where(s => CustomerVisibility.DepartmentRoles.Contains(s.Role))
                .Select(s => new LookupViewer(LookupAsker.Department, s.WebChatId, SharedConversations, sample))]);
    }

    private static string CustomerSql(string where) =>
        $"SELECT c.Id, c.Code, c.Name, c.NameEn, o.Path, c.AccountManagerId FROM GroupCustomers c JOIN OrgUnits o ON o.Id = c.OrgUnitId WHERE {where}";

    private static LookupCustomer Customer(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4));

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(row(reader));
        return rows;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
