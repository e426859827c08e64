using BotApp.Bench;

// Load test of the bot's turn path against a floor measured in the same run. See docs/performance.md.
//   dotnet run -c Release --project bench/Bench -- [--seconds 10] [--concurrency 16,64]
var options = BenchOptions.Parse(args);
await using var channel = await StubChannelServer.StartAsync();
await using var floor = await FloorServer.StartAsync();
await using var bot = await BotProcess.StartAsync(options);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine($"Each run: {options.Seconds}s after {options.WarmupSeconds}s warm-up; turn = POST activity, bot POSTs a reply to a stub channel, 200.");
Console.WriteLine();
Console.WriteLine("| target | concurrency | turns/s | p50 ms | p99 ms | replies |");
Console.WriteLine("|---|---|---|---|---|---|");

var results = new List<(int Concurrency, LoadResult Floor, LoadResult Bot)>();
foreach (var concurrency in options.Concurrency)
{
    var floorResult = await LoadGenerator.RunAsync("floor", floor.MessagesUrl, channel, concurrency, options);
    var botResult = await LoadGenerator.RunAsync("bot", bot.MessagesUrl, channel, concurrency, options);
    Console.WriteLine(floorResult.Row(concurrency));
    Console.WriteLine(botResult.Row(concurrency));
    results.Add((concurrency, floorResult, botResult));
}

Console.WriteLine();
foreach (var (concurrency, floorResult, botResult) in results)
    Console.WriteLine($"concurrency {concurrency}: bot at {botResult.TurnsPerSecond / floorResult.TurnsPerSecond:P0} of the floor's turns/s (goal ≥ 60%)");
