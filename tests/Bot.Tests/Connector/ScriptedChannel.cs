using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BotApp.Bot.Tests.Connector;

/// <summary>
/// The channel end of the Connector HttpClient: records each attempt (with the fake time it arrived) and
/// answers with the queued responses, then 200 <c>{"id":"sent-N"}</c>.
/// </summary>
public sealed class ScriptedChannel(TimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private int _ids;

    public IReadOnlyList<Attempt> Attempts => [.. _attempts];

    public ScriptedChannel Then(HttpStatusCode status, string? body = null, Action<HttpResponseMessage>? headers = null) =>
        Then(_ => Task.FromResult(Response(status, body, headers)));

    public ScriptedChannel Then(Func<CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public ScriptedChannel Always(HttpStatusCode status, int times = 20)
    {
        for (var i = 0; i < times; i++)
            Then(status);
        return this;
    }

    public static HttpResponseMessage Response(HttpStatusCode status, string? body = null, Action<HttpResponseMessage>? headers = null)
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
            response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        headers?.Invoke(response);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _attempts.Enqueue(new Attempt(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.MediaType, body, time.GetUtcNow()));
        if (_script.TryDequeue(out var answer))
            return await answer(cancellationToken);
        return Response(HttpStatusCode.OK, $"{{\"id\":\"sent-{Interlocked.Increment(ref _ids)}\"}}");
    }
}

public sealed record Attempt(HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, string? Body, DateTimeOffset At);
