using System.Globalization;

namespace BotApp.Bench.Lookup;

/// <param name="Database">A demo database made by <c>dotnet run --project src/Bot -- demo --customers 1000000</c>.</param>
/// <param name="InPlace">Run on that file itself instead of a copy (the bot writes state and audit rows into it).</param>
/// <param name="AccountManagers">How many account managers ask, each in their own conversation.</param>
/// <param name="Only">Turn kinds to send (for profiling one kind); empty for the whole mix.</param>
/// <param name="BotOnly">Print the bot's process id, for perf and dotnet-trace.</param>
/// <param name="Detail">Results for each kind of turn per kind of asker too.</param>
public sealed record LookupOptions(
    string Database, int Seconds, int[] Concurrency, bool InPlace, int AccountManagers, IReadOnlySet<string> Only, bool BotOnly, bool Detail)
{
    public const string Command = "lookup";

    public const string Usage = "usage: dotnet run -c Release --project bench/Bench -- lookup --database FILE [--seconds 20] " +
                                "[--concurrency 16,64] [--managers 4000] [--only name,open,...] [--in-place] [--bot-only] [--detail]";

    public static LookupOptions? Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (Value("--database") is not { } database || !File.Exists(database))
            return null;
        return new LookupOptions(
            Path.GetFullPath(database),
            int.Parse(Value("--seconds") ?? "20", CultureInfo.InvariantCulture),
            [.. (Value("--concurrency") ?? "16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            args.Contains("--in-place"),
            int.Parse(Value("--managers") ?? "4000", CultureInfo.InvariantCulture),
            (Value("--only") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
            args.Contains("--bot-only"),
            args.Contains("--detail"));
    }
}
