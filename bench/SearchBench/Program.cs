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
// SEARCHBENCH_PRAGMAS="PRAGMA …;" adds per-connection pragmas (to compare settings); SEARCHBENCH_TRACE=1 prints
// every EF statement's time. Results: docs/performance.md, "Customer search".
var customers = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"searchbench-{customers}.db");
var perClass = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500;
var cancellationToken = CancellationToken.None;

var builder = new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(new SqlitePragmas());
var extra = Environment.GetEnvironmentVariable("SEARCHBENCH_PRAGMAS") is { Length: > 0 } pragmas ? pragmas : null;
if (extra is not null)
    builder.AddInterceptors(new ExtraPragmas(extra));
if (Environment.GetEnvironmentVariable("SEARCHBENCH_TRACE") is not null)
    builder.AddInterceptors(new StatementTimer());
var options = builder.Options;
var factory = new PooledDbContextFactory<BotDbContext>(options);

var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() : null;
Console.WriteLine($"# Customer search bench: {customers:N0} customers, {RuntimeInformation.OSDescription}, {cpu}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
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
    Console.WriteLine($"- SQLite {((SqliteConnection)db.Database.GetDbConnection()).ServerVersion}, pragmas: SqlitePragmas{(extra is null ? "" : $" + {extra}")}");
}

var department = new StaffIdentity(SyntheticStore.DepartmentViewerId(customers), BotApp.Data.Entities.StaffRole.BusinessApprover, "/NB/");
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
        foreach (var viewerKind in new[] { "department", "account manager", "unit lead" })
        {
            var asManager = viewerKind == "account manager";
            var stats = new Percentiles($"{kind} · {viewerKind}");
            for (var i = 0; i < (measured ? perClass : perClass / 5); i++)
            {
                var managerId = sampler.RandomManagerId();
                // An account manager searches for their own customers half the time, for anyone's the other half.
                var fragment = await sampler.FragmentAsync(kind, asManager && sampler.Coin() ? managerId : null, cancellationToken);
                var viewer = viewerKind switch
                {
                    "account manager" => new StaffIdentity(managerId, BotApp.Data.Entities.StaffRole.AccountManager, null),
                    // A county sub-branch lead: a tenth of the customers, checked row by row on the index path.
                    "unit lead" => new StaffIdentity(managerId, BotApp.Data.Entities.StaffRole.UnitLead, "/NB/C01/"),
                    _ => department,
                };
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
