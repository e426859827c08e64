using Microsoft.Identity.Client;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>Lets MSAL use the pooled named client <see cref="AuthHttp.TokenEndpointClientName"/> (stubbed in tests).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClients.CreateClient(AuthHttp.TokenEndpointClientName);
}
