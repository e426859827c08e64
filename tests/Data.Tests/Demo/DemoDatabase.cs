using BotApp.Data.Demo;
using BotApp.Data.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Data.Tests.Demo;

/// <summary>A migrated database filled by the demo generator, on a fixed day (2026-11-23 10:00 in Shanghai).</summary>
public class DemoDatabase : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 11, 23);

    private readonly TestDatabase _database = new();

    public DemoDatabase(DemoSettings settings, DateTimeOffset? now = null)
    {
        Settings = settings;
        Time = new FakeTimeProvider(now ?? Now);
    }

    public DemoSettings Settings { get; }

    public FakeTimeProvider Time { get; }

    public DemoSummary Summary { get; private set; } = null!;

    public BotDbContext CreateContext() => _database.CreateContext();

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        Summary = await DemoData.CreateAsync(db, Settings, Time, progress: null, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}

/// <summary>The database the content tests share: 1,500 customers, built once per test class.</summary>
public sealed class DemoFixture() : DemoDatabase(new DemoSettings(1_500));
