using Microsoft.Data.Sqlite;

namespace BotApp.Bench.Lookup;

/// <summary>
/// The database the bot runs on: a copy of the demo file (or the file itself with --in-place), with a Web Chat id for
/// every member of staff. The demo gives ids only to the named demo people; the bench's users are generated account
/// managers, unit leads and department staff, and the bot knows a Direct Line user by Staff.WebChatId.
/// </summary>
public sealed class LookupDatabase : IAsyncDisposable
{
    public const string WebChatIdPrefix = "bench-";

    private readonly string? _copyDirectory;

    private LookupDatabase(string path, string? copyDirectory) => (Path, _copyDirectory) = (path, copyDirectory);

    public string Path { get; }

    public static async Task<LookupDatabase> PrepareAsync(LookupOptions options, CancellationToken cancellationToken)
    {
        var database = new LookupDatabase(options.Database, null);
        if (!options.InPlace)
        {
            var directory = Directory.CreateTempSubdirectory("botapp-lookup-").FullName;
            database = new LookupDatabase(System.IO.Path.Combine(directory, "lookup.db"), directory);
            foreach (var suffix in new[] { "", "-wal" }.Where(s => File.Exists(options.Database + s)))
                File.Copy(options.Database + suffix, database.Path + suffix);
        }
        await using var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE Staff SET WebChatId = '{WebChatIdPrefix}' || Id WHERE WebChatId IS NULL";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return database;
    }

    public ValueTask DisposeAsync()
    {
        if (_copyDirectory is not null)
            Directory.Delete(_copyDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
