using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Infrastructure;

/// <summary>
/// Stands in for a channel's Connector service: records every call the bot makes and answers
/// 200 with a ResourceResponse, or whatever a test queued with <see cref="Enqueue"/>.
/// </summary>
public sealed class StubChannel : HttpMessageHandler
{
    public const string ServiceUrl = "https://stub.channel.test/";

    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _scripted = new();
    private int _ids;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Off for load measurements: answer without keeping anything.</summary>
    public bool Record { get; set; } = true;

    /// <summary>The next call gets this response instead of the default 200.</summary>
    public void Enqueue(Func<HttpResponseMessage> response) => _scripted.Enqueue(response);

    public IReadOnlyList<Activity> SentActivities() =>
        Calls.Where(c => c.Activity is not null && c.Method == HttpMethod.Post).Select(c => c.Activity!).ToList();

    /// <summary>Waits until at least <paramref name="count"/> activities were sent (turns may finish after the HTTP 200).</summary>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (SentActivities().Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return SentActivities();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!Record)
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"r\"}", Encoding.UTF8, "application/json") };
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Activity? activity = null;
        if (!string.IsNullOrEmpty(body) && request.RequestUri!.AbsolutePath.Contains("/activities", StringComparison.Ordinal))
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        Calls.Enqueue(new RecordedCall(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, activity));

        if (_scripted.TryDequeue(out var scripted))
            return scripted();
        var id = Interlocked.Increment(ref _ids);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"id\":\"stub-{id}\"}}", Encoding.UTF8, "application/json"),
        };
    }
}

public sealed record RecordedCall(HttpMethod Method, Uri Uri, string? Authorization, string? Body, Activity? Activity);
