using System.Data.Common;
using System.Globalization;

namespace BotApp.Data.Demo;

/// <summary>
/// Settings for the length of a from-scratch load into an empty database (ADR-014): no fsync (synchronous=OFF), no
/// foreign-key lookup per row (the generator writes parents first and is tested for integrity), a large page cache,
/// and no secondary indexes or triggers on the tables being filled — each is rebuilt once at the end, one sort
/// instead of millions of random b-tree inserts. A brand-new file also runs without a journal: if the load fails the
/// file is thrown away. Everything is put back as <see cref="SqlitePragmas"/> sets it.
/// </summary>
internal sealed class DemoLoadSession : IAsyncDisposable
{
    private const int CacheKibibytes = 256 * 1024;

    private readonly DbConnection _connection;
    private readonly bool _newFile;
    private readonly List<string> _dropped = [];
    private string _cacheSize = "-2000";
    private bool _ended;

    private DemoLoadSession(DbConnection connection, bool newFile)
    {
        _connection = connection;
        _newFile = newFile;
    }

    public static async Task<DemoLoadSession> BeginAsync(DbConnection connection, IReadOnlyCollection<string> tables, bool newFile, CancellationToken cancellationToken)
    {
        var session = new DemoLoadSession(connection, newFile);
        session._cacheSize = Convert.ToString(await session.ScalarAsync("PRAGMA cache_size", cancellationToken), CultureInfo.InvariantCulture)!;
        await session.ExecuteAsync($"PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{CacheKibibytes};", cancellationToken);
        if (newFile)
            await session.ScalarAsync("PRAGMA journal_mode=OFF", cancellationToken);

        var inList = string.Join(", ", tables.Select(t => $"'{t.Replace("'", "''", StringComparison.Ordinal)}'"));
        var secondary = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            // Automatic indexes (primary and unique constraints) have no SQL and stay; triggers after indexes on rebuild.
            command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({inList}) ORDER BY type = 'trigger', rowid";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                secondary.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, sql) in secondary)
        {
            var kind = sql.StartsWith("CREATE TRIGGER", StringComparison.OrdinalIgnoreCase) ? "TRIGGER" : "INDEX";
            await session.ExecuteAsync($"DROP {kind} \"{name}\"", cancellationToken);
            session._dropped.Add(sql);
        }
        return session;
    }

    /// <summary>Rebuilds what was dropped and restores the connection's and the file's settings.</summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _dropped)
            await ExecuteAsync(sql, cancellationToken);
        _dropped.Clear();
        await RestoreAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Only after a failure: put the settings back; the caller discards a new file, an in-place load is incomplete anyway.
        if (!_ended)
            await RestoreAsync(CancellationToken.None);
    }

    private async Task RestoreAsync(CancellationToken cancellationToken)
    {
        _ended = true;
        await ExecuteAsync($"{SqlitePragmas.PerConnection} PRAGMA cache_size={_cacheSize};", cancellationToken);
        if (_newFile)
            await ScalarAsync(SqlitePragmas.PerDatabase, cancellationToken);
        await ScalarAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
