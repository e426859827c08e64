using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotApp.Bot.Tests.Auth;

/// <summary>No MicrosoftAppId: Bot Builder's "authentication disabled" mode, for local runs (digest §3.6).</summary>
public sealed class AnonymousModeTests : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly AuthTestHost _host;

    public AnonymousModeTests() =>
        _host = new AuthTestHost(appId: "", services => services.AddSingleton<ILoggerProvider>(_logs));

    [Fact]
    public async Task Admits_a_request_without_a_token()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await _host.PostAsync(activity, authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = _host.Results[activity.Id!];
        Assert.Equal("anonymous", result.Identity.AuthenticationType);
        Assert.Null(result.CallerId);
    }

    [Fact]
    public async Task Rejects_a_request_that_carries_a_token_anyway()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await _host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(_host.ChannelKey, activity.ServiceUrl!)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no MicrosoftAppId is configured", _host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warns_at_startup_that_the_bot_runs_anonymously()
    {
        await _host.PostAsync(AuthTestHost.TeamsMessage(), authorization: null); // starts the host

        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("ANONYMOUSLY", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _host.Dispose();
        _logs.Dispose();
    }
}
