using System.Net;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Connector;

public sealed class ConnectorRetryTests : IDisposable
{
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<ConnectorResult<ResourceResponse>> SendAsync(ConnectorHarness? harness = null) =>
        (harness ?? _harness).RunAsync(c => c.SendToConversationAsync(ConnectorHarness.ServiceUrl, "a:1x", new Activity { Type = "message", Text = "重试" }, default));

    [Fact]
    public async Task Waits_out_a_retry_after_in_seconds_then_succeeds()
    {
        _harness.Channel.Then(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", "2"));

        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Equal([TimeSpan.FromSeconds(2)], _harness.Time.Waits);
        var attempts = _harness.Channel.Attempts;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), attempts[1].At - attempts[0].At);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Equal(attempts[0].Authorization, attempts[1].Authorization);
    }

    [Fact]
    public async Task Waits_until_a_retry_after_date()
    {
        var until = _harness.Time.GetUtcNow().AddSeconds(5);
        _harness.Channel.Then(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", until.ToString("R")));

        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Equal([TimeSpan.FromSeconds(5)], _harness.Time.Waits);
    }

    [Fact]
    public async Task Gives_up_at_once_when_retry_after_is_longer_than_it_will_wait()
    {
        _harness.Channel.Then(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", "3600"));

        var result = await SendAsync();

        Assert.Equal(ConnectorOutcome.Unavailable, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Single(_harness.Channel.Attempts);
        Assert.Empty(_harness.Time.Waits);
    }

    [Fact]
    public async Task Retries_a_503_twice_with_growing_backoff_then_succeeds()
    {
        _harness.Channel.Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.ServiceUnavailable);

        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(3, _harness.Channel.Attempts.Count);
        var waits = _harness.Time.Waits;
        Assert.Equal(2, waits.Count);
        Assert.InRange(waits[0], TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task Reports_unavailable_after_the_retries_run_out(HttpStatusCode status)
    {
        _harness.Channel.Always(status);

        var result = await SendAsync();

        Assert.Equal(ConnectorOutcome.Unavailable, result.Outcome);
        Assert.Equal((int)status, result.StatusCode);
        Assert.Equal(4, _harness.Channel.Attempts.Count); // the first try and 3 retries
        Assert.Equal(3, _harness.Time.Waits.Count);
    }

    [Fact]
    public async Task Caps_the_backoff()
    {
        using var harness = new ConnectorHarness(configure: o => (o.MaxRetries, o.BaseDelay, o.MaxDelay) = (6, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(10)));
        harness.Channel.Always(HttpStatusCode.ServiceUnavailable);

        await SendAsync(harness);

        Assert.Equal(6, harness.Time.Waits.Count);
        Assert.All(harness.Time.Waits, wait => Assert.InRange(wait, TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(10)));
        Assert.All(harness.Time.Waits.Skip(2), wait => Assert.InRange(wait, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10)));
    }
}
