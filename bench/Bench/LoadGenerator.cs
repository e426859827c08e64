using System.Diagnostics;
using System.Globalization;
using BotApp.Bot.Protocol.Schema;
using Activity = BotApp.Bot.Protocol.Schema.Activity;

namespace BotApp.Bench;

public sealed record LoadResult(string Target, string Phase, double TurnsPerSecond, double P50Ms, double P99Ms, long Replies, long Errors)
{
    public string Row(int concurrency) => string.Create(CultureInfo.InvariantCulture,
        $"| {Target} | {Phase} | {concurrency} | {TurnsPerSecond:F0} | {P50Ms:F2} | {P99Ms:F2} | {Replies}{(Errors > 0 ? $" ({Errors} errors)" : "")} |");
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each send a turn and wait for its 200 before the next; every turn
/// is a new activity id. Conversations: <see cref="Conversations"/> of them, as many people each sending a little
/// (a few conversations hammered would only measure the Teams per-thread pacing, 60 per 30 s).
/// Phase "first contact": one turn in each conversation, the bot meeting everyone for the first time.
/// Phase "steady": then, for the configured time, turns spread over those same conversations.
/// </summary>
public static class LoadGenerator
{
    public const int Conversations = 20_000;

    public static async Task<(LoadResult FirstContact, LoadResult Steady)> RunAsync(string target, string url, StubChannelServer channel, int concurrency, BenchOptions options, string conversationPrefix)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 });
        var next = -1;
        var firstContact = await MeasureAsync(target, "first contact", http, url, channel, concurrency, options.Text, conversationPrefix,
            () => Interlocked.Increment(ref next) is var n && n < Conversations ? n : null);
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Seconds * Stopwatch.Frequency);
        var random = 0;
        var steady = await MeasureAsync(target, "steady", http, url, channel, concurrency, options.Text, conversationPrefix,
            () => Stopwatch.GetTimestamp() < deadline ? (int)((uint)Interlocked.Increment(ref random) * 7919u % Conversations) : null);
        return (firstContact, steady);
    }

    private static async Task<LoadResult> MeasureAsync(string target, string phase, HttpClient http, string url, StubChannelServer channel,
        int concurrency, string text, string conversationPrefix, Func<int?> nextConversation)
    {
        var repliesBefore = channel.Replies;
        var run = await ClosedLoop.DriveAsync(http, url, concurrency,
            () => nextConversation() is { } conversation
                ? (Message(channel.ServiceUrl, $"{conversationPrefix}-{conversation}", Guid.NewGuid().ToString("N"), text), 0)
                : null);
        var all = run.Samples.Select(s => s.Milliseconds).Order().ToArray();
        return new LoadResult(target, phase, all.Length / run.Seconds, ClosedLoop.Percentile(all, 0.50), ClosedLoop.Percentile(all, 0.99),
            channel.Replies - repliesBefore, run.Errors);
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
}
