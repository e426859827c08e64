using System.Diagnostics;
using System.Runtime.InteropServices;
using BotApp.Data;
using BotApp.Data.Search;
using BotApp.Data.Visibility;
using BotApp.SearchBench;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Customer search at scale (issue 3 item 4): dotnet run -c Release --project bench/SearchBench -- [customers] [database file] [queries per class]
// Builds the database once (reused on later runs), then times CustomerSearch.FindAsync per query class and viewer,
// next to a floor measured in the same run: one customer's summary by primary key through the same DbContext.
var customers = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"searchbench-{customers}.db");
var perClass = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500;
var cancellationToken = CancellationToken.None;

var builder = new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(new SqlitePragmas());
if (Environment.GetEnvironmentVariable("SEARCHBENCH_PRAGMAS") is { Length: > 0 } extra)
    builder.AddInterceptors(new ExtraPragmas(extra));
if (Environment.GetEnvironmentVariable("SEARCHBENCH_TRACE") is not null)
    builder.AddInterceptors(new StatementTimer());
if (Environment.GetEnvironmentVariable("LOGSQL") is not null)
    builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted, Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryCompilationStarting]);
var options = builder.Options;
var factory = new PooledDbContextFactory<BotDbContext>(options);

Console.WriteLine($"# Customer search bench: {customers:N0} customers, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
if (!File.Exists(path))
{
    var clock = Stopwatch.StartNew();
    await using (var db = factory.CreateDbContext())
    {
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SqlitePragmas.PerDatabase, cancellationToken);
    }
    await SyntheticStore.FillAsync(factory.CreateDbContext, customers, cancellationToken);
    Console.WriteLine($"- database built in {clock.Elapsed.TotalSeconds:F1} s: {new FileInfo(path).Length / 1_048_576} MB ({path})");
}
await using (var db = factory.CreateDbContext())
{
    await db.Database.OpenConnectionAsync(cancellationToken);
    Console.WriteLine($"- SQLite {((SqliteConnection)db.Database.GetDbConnection()).ServerVersion}, production pragmas only (SqlitePragmas)");
}

var department = new StaffIdentity(SyntheticStore.DepartmentViewerId(customers), BotApp.Data.Entities.StaffRole.BusinessApprover, "/NB/");
if (Environment.GetEnvironmentVariable("REPEAT") is { } repeat)
{
    foreach (var f in repeat.Split(','))
    {
        var times = new List<double>();
        for (var i = 0; i < (Environment.GetEnvironmentVariable("SEARCHBENCH_TRACE") is null ? 50 : 3); i++)
        {
            var sw = Stopwatch.StartNew();
            await using var db = factory.CreateDbContext();
            var page = await CustomerSearch.FindAsync(db, department, new(NameFragment: f), 0, 10, cancellationToken);
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (i == 0) Console.WriteLine($"{f}: total {page.Total}{(page.TotalIsLowerBound ? "+" : "")} first {string.Join(",", page.Items.Take(3).Select(x => x.Name))}");
        }
        times.Sort();
        Console.WriteLine($"{f}: first-run? min {times[0]:F2} med {times[times.Count / 2]:F2} max {times[^1]:F2}");
    }
    return;
}
var floor = new Percentiles("floor: one summary by primary key");
var results = new List<Percentiles>();
await using var sampling = factory.CreateDbContext();
var sampler = new QuerySampler(sampling, customers, seed: 7);

for (var round = 0; round < 2; round++)
{
    // Round 0 warms caches and JIT and is thrown away.
    var measured = round == 1;
    foreach (var kind in Enum.GetValues<QueryClass>())
    {
        foreach (var asManager in new[] { false, true })
        {
            var stats = new Percentiles($"{kind} · {(asManager ? "account manager" : "department")}");
            for (var i = 0; i < (measured ? perClass : perClass / 5); i++)
            {
                var managerId = sampler.RandomManagerId();
                // An account manager searches for their own customers half the time, for anyone's the other half.
                var fragment = await sampler.FragmentAsync(kind, asManager && sampler.Coin() ? managerId : null, cancellationToken);
                var viewer = asManager ? new StaffIdentity(managerId, BotApp.Data.Entities.StaffRole.AccountManager, null) : department;
                var clock = Stopwatch.StartNew();
                await using (var db = factory.CreateDbContext())
                {
                    var page = await CustomerSearch.FindAsync(db, viewer, new(NameFragment: fragment), 0, 10, cancellationToken);
                    stats.LowerBounds += page.TotalIsLowerBound ? 1 : 0;
                }
                stats.Add(clock.Elapsed, fragment);
                await TimeFloorAsync(sampler.RandomCustomerId());
            }
            if (measured)
                results.Add(stats);
        }
    }
}

Console.WriteLine();
Console.WriteLine($"Floor p50 {floor.At(50):F3} ms, p99 {floor.At(99):F3} ms ({floor.Name}).");
Console.WriteLine();
Console.WriteLine("| class · viewer | queries | p50 ms | p99 ms | max ms | p50 / floor | totals \"n+\" |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var stats in results)
    Console.WriteLine(stats.Row(floor.At(50)));
Console.WriteLine();
foreach (var stats in results)
    Console.WriteLine($"- slowest {stats.Name}: {stats.Slowest(5)}");

async Task TimeFloorAsync(long id)
{
    var clock = Stopwatch.StartNew();
    await using (var db = factory.CreateDbContext())
        await db.GroupCustomers.Where(c => c.Id == id).Select(c => new { c.Id, c.Code, c.Name, c.Grade, c.GradeRevenue }).SingleAsync(cancellationToken);
    floor.Add(clock.Elapsed);
}
