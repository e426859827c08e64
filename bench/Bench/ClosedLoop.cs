using System.Diagnostics;
using BotApp.Bot.Protocol.Schema;
using Activity = BotApp.Bot.Protocol.Schema.Activity;

namespace BotApp.Bench;

/// <summary>
/// The load both scenarios drive: <c>concurrency</c> workers, each POSTs the next activity and waits for its 200
/// before sending another, until <c>next</c> has no more. Each sample keeps the kind of turn it was, so a mix of
/// turns can be reported per kind.
/// </summary>
public static class ClosedLoop
{
    public readonly record struct Sample(int Kind, double Milliseconds);

    public sealed record Run(IReadOnlyList<Sample> Samples, double Seconds, long Errors);

    public static async Task<Run> DriveAsync(HttpClient http, string url, int concurrency, Func<(Activity Activity, int Kind)?> next)
    {
        long errors = 0;
        var samples = new List<Sample>[concurrency];
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var own = samples[worker] = [];
            while (next() is { } turn)
            {
                var (activity, kind) = turn;
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync(url, activity, ProtocolJson.Options);
                own.Add(new Sample(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        })));
        return new Run([.. samples.SelectMany(s => s)], stopwatch.Elapsed.TotalSeconds, errors);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
