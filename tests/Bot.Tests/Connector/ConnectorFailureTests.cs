using System.Net;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Connector;

/// <summary>Network failures and timeouts: retried like a 503, unless the caller itself gave up.</summary>
public sealed class ConnectorFailureTests
{
    private static Task<ConnectorResult<ResourceResponse>> SendAsync(ConnectorHarness harness, CancellationToken cancellationToken = default) =>
        harness.RunAsync(c => c.SendToConversationAsync(ConnectorHarness.ServiceUrl, "a:1x", new Activity { Type = "message" }, cancellationToken));

    private static Task<HttpResponseMessage> Refused(CancellationToken _) => throw new HttpRequestException("Connection refused");

    [Fact]
    public async Task Retries_a_refused_connection_then_succeeds()
    {
        using var harness = new ConnectorHarness();
        harness.Channel.Then(Refused);

        var result = await SendAsync(harness);

        Assert.True(result.Succeeded);
        Assert.Equal(2, harness.Channel.Attempts.Count);
        Assert.Single(harness.Time.Waits);
    }

    [Fact]
    public async Task Reports_unavailable_when_the_channel_stays_unreachable()
    {
        using var harness = new ConnectorHarness();
        for (var i = 0; i < 4; i++)
            harness.Channel.Then(Refused);

        var result = await SendAsync(harness);

        Assert.Equal(ConnectorOutcome.Unavailable, result.Outcome);
        Assert.Equal(0, result.StatusCode);
        Assert.Equal(4, harness.Channel.Attempts.Count);
    }

    [Fact]
    public async Task Abandons_and_retries_an_attempt_that_hangs_past_its_timeout()
    {
        using var harness = new ConnectorHarness(configure: o => (o.AttemptTimeout, o.BaseDelay) = (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1)));
        harness.Channel.Then(async ct =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        });

        var result = await SendAsync(harness);

        Assert.True(result.Succeeded);
        Assert.Equal(2, harness.Channel.Attempts.Count);
        Assert.Equal(TimeSpan.FromSeconds(10), harness.Time.Waits[0]);
        Assert.InRange(harness.Time.Waits[1], TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
    }

    [Fact]
    public async Task Stops_without_retrying_when_the_caller_cancels()
    {
        using var harness = new ConnectorHarness();
        using var caller = new CancellationTokenSource();
        harness.Channel.Then(async ct =>
        {
            await caller.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return ScriptedChannel.Response(HttpStatusCode.OK);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(harness, caller.Token));

        Assert.Single(harness.Channel.Attempts);
        Assert.Empty(harness.Time.Waits);
    }
}
