using BotApp.Bench;
using BotApp.Bench.Lookup;

// Load test of the bot's turn path against a floor measured in the same run. See docs/performance.md.
//   dotnet run -c Release --project bench/Bench -- [--seconds 10] [--concurrency 16,64] [--text help] [--bot-only]
// Customer lookup turns against a demo database (issue 4):
//   dotnet run -c Release --project bench/Bench -- lookup --database /tmp/lookup-1m.db [--seconds 20] [--concurrency 16,64]
if (args is [FloorServer.Command, var port, var answerPath])
{
    await FloorServer.RunAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), answerPath);
    return;
}
if (args is [LookupOptions.Command, ..])
{
    if (LookupOptions.Parse(args) is not { } lookup)
    {
        Console.Error.WriteLine(LookupOptions.Usage);
        Environment.ExitCode = 2;
        return;
    }
    await LookupBench.RunAsync(lookup, CancellationToken.None);
    return;
}

var options = BenchOptions.Parse(args);
await using var channel = await StubChannelServer.StartAsync();
await using var bot = await ServerProcess.StartBotAsync();

Console.WriteLine(Machine.Line);
Console.WriteLine($"Turn = POST a \"{options.Text}\" activity; the target POSTs its reply to a stub channel on loopback, then answers 200.");
Console.WriteLine($"Per concurrency and target: first contact with {LoadGenerator.Conversations} conversations, then {options.Seconds}s steady over them.");
Console.WriteLine($"Bot and floor each run as their own process (server GC); the load generator and the stub channel share this one.");
Console.WriteLine();
Console.WriteLine("| target | phase | concurrency | turns/s | p50 ms | p99 ms | replies |");
Console.WriteLine("|---|---|---|---|---|---|---|");

// Warm-up (JIT, pools, caches) on conversations of its own; not reported. The bot goes first: the floor
// then sends the bot's own answer, so both do the same serialisation and send the same bytes.
await LoadGenerator.RunAsync("bot", bot.MessagesUrl, channel, 16, options with { Seconds = 5 }, "warm");
if (options.BotOnly)
{
    Console.WriteLine($"bot pid {bot.ProcessId}");
    foreach (var concurrency in options.Concurrency)
    {
        var (first, steady) = await LoadGenerator.RunAsync("bot", bot.MessagesUrl, channel, concurrency, options, $"c{concurrency}");
        Console.WriteLine(first.Row(concurrency));
        Console.WriteLine(steady.Row(concurrency));
    }
    return;
}
await using var floor = await ServerProcess.StartFloorAsync(channel.LastReply!);
await LoadGenerator.RunAsync("floor", floor.MessagesUrl, channel, 16, options with { Seconds = 5 }, "warm");

var summary = new List<string>();
foreach (var concurrency in options.Concurrency)
{
    // Fresh conversations per concurrency level, so each level has its own first contact.
    var floorResult = await LoadGenerator.RunAsync("floor", floor.MessagesUrl, channel, concurrency, options, $"c{concurrency}");
    var botResult = await LoadGenerator.RunAsync("bot", bot.MessagesUrl, channel, concurrency, options, $"c{concurrency}");
    foreach (var row in new[] { floorResult.FirstContact, botResult.FirstContact, floorResult.Steady, botResult.Steady })
        Console.WriteLine(row.Row(concurrency));
    summary.Add($"concurrency {concurrency}: steady {botResult.Steady.TurnsPerSecond / floorResult.Steady.TurnsPerSecond:P0} of the floor's turns/s, first contact {botResult.FirstContact.TurnsPerSecond / floorResult.FirstContact.TurnsPerSecond:P0} (goal ≥ 60%)");
}

Console.WriteLine();
summary.ForEach(Console.WriteLine);
