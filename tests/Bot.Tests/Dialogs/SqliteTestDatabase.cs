using BotApp.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BotApp.Bot.Tests.Dialogs;

/// <summary>A migrated SQLite :memory: database that lives as long as its open connection; one DbContext per turn.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteTestDatabase()
    {
        _connection.Open();
        using var db = CreateContext();
        db.Database.Migrate();
    }

    /// <summary>How many times SaveChanges ran, across all contexts.</summary>
    public int SaveCount => Saves.Count;

    private SaveCounter Saves { get; } = new();

    public BotDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(_connection).AddInterceptors(Saves).Options);

    public void Dispose() => _connection.Dispose();

    private sealed class SaveCounter : SaveChangesInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
