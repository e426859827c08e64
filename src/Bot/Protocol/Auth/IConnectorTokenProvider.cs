namespace BotApp.Bot.Protocol.Auth;

/// <summary>Bearer tokens for calls to the Connector. Returns null when the bot runs anonymously.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken);
}
