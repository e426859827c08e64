namespace BotApp.Bench;

public sealed record BenchOptions(int Seconds, int[] Concurrency, string Text, bool BotOnly = false)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            int.Parse(Value("--seconds") ?? "10", System.Globalization.CultureInfo.InvariantCulture),
            (Value("--concurrency") ?? "16,64").Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            Value("--text") ?? "help",
            // For profiling the bot (perf, dotnet-trace): no floor, and the bot's process id is printed.
            args.Contains("--bot-only"));
    }
}
