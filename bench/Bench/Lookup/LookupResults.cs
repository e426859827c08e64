using System.Globalization;

namespace BotApp.Bench.Lookup;

/// <summary>
/// One phase's turns as table rows: all together, then each kind, then each kind of asker (turns/s of a row is its
/// share of the total).
/// </summary>
public static class LookupResults
{
    public static readonly int Askers = Enum.GetValues<LookupAsker>().Length;

    public const string Header =
        "| phase | concurrency | kind | turns | turns/s | p50 ms | p99 ms | max ms | CPU ms/turn: bot + bench |\n|---|---|---|---|---|---|---|---|---|";

    /// <param name="botCpu">The bot's CPU time over the phase: per turn, it depends far less on how busy the machine was than latency does.</param>
    /// <param name="benchCpu">This process's (load generator and stub channel): it shares the machine's cores with the bot.</param>
    /// <param name="detail">Also each kind per kind of asker.</param>
    public static IEnumerable<string> Rows(string phase, int concurrency, ClosedLoop.Run run, long replies, TimeSpan botCpu, TimeSpan benchCpu, bool detail)
    {
        var turns = Math.Max(1, run.Samples.Count);
        var total = Row(phase, concurrency, "**all**", run.Samples.Select(s => s.Milliseconds), run.Seconds,
            string.Create(CultureInfo.InvariantCulture, $"{botCpu.TotalMilliseconds / turns:F2} + {benchCpu.TotalMilliseconds / turns:F2}"));
        var note = replies == run.Samples.Count && run.Errors == 0 ? "" : $" {replies} replies, {run.Errors} errors |";
        yield return total + note;
        foreach (var kind in run.Samples.GroupBy(s => (LookupKind)(s.Kind / Askers)).OrderBy(g => g.Key))
            yield return Row(phase, concurrency, kind.Key.Label(), kind.Select(s => s.Milliseconds), run.Seconds, "");
        foreach (var asker in run.Samples.GroupBy(s => (LookupAsker)(s.Kind % Askers)).OrderBy(g => g.Key))
            yield return Row(phase, concurrency, $"*{Label(asker.Key)}*", asker.Select(s => s.Milliseconds), run.Seconds, "");
        if (!detail)
            yield break;
        foreach (var both in run.Samples.GroupBy(s => s.Kind).OrderBy(g => g.Key % Askers).ThenBy(g => g.Key))
            yield return Row(phase, concurrency, $"{((LookupKind)(both.Key / Askers)).Label()} · {Label((LookupAsker)(both.Key % Askers))}", both.Select(s => s.Milliseconds), run.Seconds, "");
    }

    private static string Label(LookupAsker asker) => new LookupViewer(asker, "", 0, []).Label;

    private static string Row(string phase, int concurrency, string kind, IEnumerable<double> milliseconds, double seconds, string cpu)
    {
        var sorted = milliseconds.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {phase} | {concurrency} | {kind} | {sorted.Length} | {sorted.Length / seconds:F0} | {ClosedLoop.Percentile(sorted, 0.50):F2} | {ClosedLoop.Percentile(sorted, 0.99):F2} | {(sorted.Length == 0 ? double.NaN : sorted[^1]):F2} | {cpu} |");
    }
}
