using System.Net;
using BotApp.Bot.Protocol.Auth;
using BotApp.Bot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Auth;

/// <summary>
/// End to end: an authenticated message gets a reply, and the reply carries the bot's Connector token.
/// Needs the real Connector client (IConnectorClient) to be registered by the host.
/// </summary>
public sealed class OutboundTokenTests : IDisposable
{
    private readonly TokenEndpointStub _tokenEndpoint = new();
    private readonly AuthTestHost _host;

    public OutboundTokenTests() =>
        _host = new AuthTestHost(TestTokens.AppId, services =>
        {
            services.AddHttpClient(AuthHttp.TokenEndpointClientName).ConfigurePrimaryHttpMessageHandler(() => _tokenEndpoint);
            services.AddScoped<IBot, PongBot>();
        });

    [Fact]
    public async Task Replies_to_a_valid_channel_token_with_the_Connector_token_attached()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await _host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(_host.ChannelKey, activity.ServiceUrl!)));
        var sent = await _host.Factory.Channel.WaitForActivitiesAsync(1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pong", Assert.Single(sent).Text);
        var call = Assert.Single(_host.Factory.Channel.Calls, c => c.Activity is not null);
        Assert.Equal("Bearer token-1", call.Authorization);
    }

    public void Dispose()
    {
        _host.Dispose();
        _tokenEndpoint.Dispose();
    }

    private sealed class PongBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            await turnContext.SendActivityAsync("pong", cancellationToken);
    }
}
