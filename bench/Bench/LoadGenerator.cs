using System.Diagnostics;
using System.Globalization;
using BotApp.Bot.Protocol.Schema;
using Activity = BotApp.Bot.Protocol.Schema.Activity;

namespace BotApp.Bench;

public sealed record LoadResult(string Target, double TurnsPerSecond, double P50Ms, double P99Ms, long Replies, long Errors)
{
    public string Row(int concurrency) => string.Create(CultureInfo.InvariantCulture,
        $"| {Target} | {concurrency} | {TurnsPerSecond:F0} | {P50Ms:F2} | {P99Ms:F2} | {Replies}{(Errors > 0 ? $" ({Errors} errors)" : "")} |");
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each send a turn and wait for its 200 before the next.
/// Every turn is a new activity id, spread over 20,000 conversations: many people each sending a little, as in
/// production. (Hammering a few conversations would only measure the Teams per-thread pacing, 60 per 30 s.)
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(string target, string url, StubChannelServer channel, int concurrency, BenchOptions options)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 });
        await RunPhaseAsync(http, url, channel, concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), options.Text, null);
        var repliesBefore = channel.Replies;
        var latencies = new List<double>[concurrency];
        var stopwatch = Stopwatch.StartNew();
        var errors = await RunPhaseAsync(http, url, channel, concurrency, TimeSpan.FromSeconds(options.Seconds), options.Text, latencies);
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(target, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), channel.Replies - repliesBefore, errors);
    }

    private static async Task<long> RunPhaseAsync(HttpClient http, string url, StubChannelServer channel, int concurrency, TimeSpan duration, string text, List<double>[]? latencies)
    {
        long errors = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var own = new List<double>();
            if (latencies is not null) latencies[worker] = own;
            var n = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var activity = Message(channel.ServiceUrl, $"bench-{(worker * 7919 + n) % 20_000}", $"{worker}-{n++}-{Guid.NewGuid():N}", text);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync(url, activity, ProtocolJson.Options);
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return errors;
    }

    private static Activity Message(string serviceUrl, string conversationId, string id, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "bench",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = $"user-{conversationId}", Name = "Bench" },
        Recipient = new ChannelAccount { Id = "bot", Name = "BotApp" },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = "zh-CN",
        Text = text,
    };

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
