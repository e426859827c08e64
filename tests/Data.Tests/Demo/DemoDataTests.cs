using System.Diagnostics;
using BotApp.Data.Demo;
using BotApp.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Data.Tests.Demo;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Zero_customers_gives_the_org_tree_staff_of_every_role_and_the_catalogue()
    {
        using var database = new DemoDatabase(new DemoSettings(0));

        await database.InitializeAsync();

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.GroupCustomers.CountAsync());
        Assert.Equal(Enum.GetValues<Entities.StaffRole>().Length, await db.Staff.Select(s => s.Role).Distinct().CountAsync());
        Assert.True(await db.Tariffs.AnyAsync() && await db.OrgUnits.CountAsync() > 10);
    }

    [Fact]
    public async Task A_database_that_has_staff_is_refused()
    {
        using var database = new TestDatabase();
        await using (var db = database.CreateContext())
        {
            db.Staff.Add(Store.Staff(Entities.StaffRole.Admin));
            await db.SaveChangesAsync();
        }

        await using var target = database.CreateContext();
        await Assert.ThrowsAsync<InvalidOperationException>(() => DemoData.CreateAsync(target, new DemoSettings(10), new FakeTimeProvider(DemoDatabase.Now), null, CancellationToken.None));
    }

    [Fact]
    public async Task A_few_thousand_customers_take_seconds()
    {
        using var database = new DemoDatabase(new DemoSettings(3_000));
        var stopwatch = Stopwatch.StartNew();

        await database.InitializeAsync();

        // A coarse guard against an accidental quadratic step (~1 s on the 2-core build machine); the million-customer
        // figure is measured, not tested (docs/performance.md).
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.Equal(3_000, database.Summary.Counts.Customers);
    }

    [Fact]
    public async Task Recreating_a_file_replaces_it_and_a_cancelled_run_leaves_it_as_it_was()
    {
        var path = Path.Combine(Path.GetTempPath(), $"botapp-demo-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        var time = new FakeTimeProvider(DemoDatabase.Now);
        try
        {
            await DemoDatabaseFile.RecreateAsync(connectionString, new DemoSettings(30), time, null, CancellationToken.None);
            await DemoDatabaseFile.RecreateAsync(connectionString, new DemoSettings(50), time, null, CancellationToken.None);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                DemoDatabaseFile.RecreateAsync(connectionString, new DemoSettings(70), time, null, new CancellationToken(canceled: true)));

            await using var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"{connectionString};Pooling=False").Options);
            Assert.Equal(50, await db.GroupCustomers.CountAsync());
            Assert.False(File.Exists(path + ".building"));
            Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".building" })
                File.Delete(path + suffix);
        }
    }
}
