using System.Diagnostics;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bench.Lookup;

/// <summary>
/// Customer lookup turns (issue 4) against a demo database: the real bot on that database, turns of
/// <see cref="LookupMix"/> sent as Web Chat sends them, first one per conversation, then closed-loop for the set time
/// at each concurrency. Results per kind of turn; see docs/performance.md.
/// </summary>
public static class LookupBench
{
    private const int SteadyTurns = 400_000;

    public static async Task RunAsync(LookupOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine(Machine.Line);
        Console.WriteLine($"Date: {Machine.Now}; load average {Machine.LoadAverage()}");
        var prepare = Stopwatch.StartNew();
        await using var database = await LookupDatabase.PrepareAsync(options, cancellationToken);
        var random = new Random(2026);
        var people = await LookupPopulation.LoadAsync(database.Path, options.AccountManagers, random, cancellationToken);
        var mix = new LookupMix(people, options.Only);
        Console.WriteLine($"Database: {options.Database}{(options.InPlace ? "" : $" (run on a copy, {database.Path})")}, {people.Customers:N0} customers; " +
                          $"prepared in {prepare.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"Askers: {people.AccountManagers.Count} account managers (1 chat each, {people.AccountManagers.Sum(v => v.Customers.Count):N0} customers), " +
                          $"{people.UnitLeads.Count} unit leads and {people.Department.Count} department staff ({LookupPopulation.SharedConversations} chats each)");

        await using var channel = await StubChannelServer.StartAsync(LookupReplies.Classify);
        await using var bot = await ServerProcess.StartBotAsync(database.Path);
        if (options.BotOnly)
            Console.WriteLine($"bot pid {bot.ProcessId}");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency.Max() * 2 });

        await SanityAsync(http, bot.MessagesUrl, channel, mix, people, random, cancellationToken);
        Console.WriteLine();
        Console.WriteLine(LookupResults.Header);
        // Everyone's first turn (new state and conversation references), which also warms the JIT and the page cache.
        var first = mix.FirstContacts(random);
        var firstRun = await DriveAsync(http, bot, channel, 16, first, 0, goOn: null);
        Print("first contact", 16, firstRun, options.Detail);

        var steady = mix.Steady(random, SteadyTurns);
        var offset = 0;
        foreach (var concurrency in options.Concurrency)
        {
            var load = Machine.LoadAverage();
            var deadline = Stopwatch.GetTimestamp() + (long)(options.Seconds * Stopwatch.Frequency);
            var run = await DriveAsync(http, bot, channel, concurrency, steady, offset, () => Stopwatch.GetTimestamp() < deadline);
            offset += run.Run.Samples.Count;
            Print($"steady (load {load})", concurrency, run, options.Detail);
        }
        Console.WriteLine();
        Console.WriteLine($"Replies: {string.Join(", ", channel.ReplyClasses.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"))}");
        Console.WriteLine($"Load average at the end: {Machine.LoadAverage()}");
    }

    /// <summary>Walks <paramref name="turns"/> from <paramref name="offset"/>: once through, or round and round while <paramref name="goOn"/>.</summary>
    private static async Task<(ClosedLoop.Run Run, long Replies, TimeSpan BotCpu, TimeSpan BenchCpu)> DriveAsync(
        HttpClient http, ServerProcess bot, StubChannelServer channel, int concurrency, IReadOnlyList<LookupTurn> turns, int offset, Func<bool>? goOn)
    {
        var repliesBefore = channel.Replies;
        var cpuBefore = bot.ProcessorTime;
        var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var next = offset - 1;
        var run = await ClosedLoop.DriveAsync(http, bot.MessagesUrl, concurrency, () =>
        {
            var n = Interlocked.Increment(ref next);
            if (goOn is null ? n >= turns.Count : !goOn())
                return null;
            var turn = turns[n % turns.Count];
            return (turn.ToActivity(channel.ServiceUrl), turn.SampleKind);
        });
        return (run, channel.Replies - repliesBefore, bot.ProcessorTime - cpuBefore, Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore);
    }

    private static void Print(string phase, int concurrency, (ClosedLoop.Run Run, long Replies, TimeSpan BotCpu, TimeSpan BenchCpu) result, bool detail)
    {
        foreach (var row in LookupResults.Rows(phase, concurrency, result.Run, result.Replies, result.BotCpu, result.BenchCpu, detail))
            Console.WriteLine(row);
    }

    /// <summary>One of each kind, one at a time, and what came back: the mix must ask what it claims to.</summary>
    private static async Task SanityAsync(HttpClient http, string url, StubChannelServer channel, LookupMix mix, LookupPopulation people, Random random, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine("One of each, and the answer:");
        var askers = new[] { people.AccountManagers, people.UnitLeads, people.Department }.Where(g => g.Count > 0).Select(g => g[0]);
        foreach (var viewer in askers)
        {
            foreach (var kind in mix.KindsFor(viewer))
            {
                var turn = LookupMix.Turn(kind, viewer, 0, random);
                var before = channel.Replies;
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync(url, turn.ToActivity(channel.ServiceUrl), ProtocolJson.Options, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var answer = channel.Replies == before + 1 && channel.LastReply is { } reply ? LookupReplies.Classify(reply) : $"{channel.Replies - before} replies";
                Console.WriteLine($"  {turn} → {(int)response.StatusCode} {answer} ({elapsed:F1} ms)");
            }
        }
    }
}
