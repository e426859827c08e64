using System.Security.Claims;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>Checks the bearer token on an inbound activity as Azure Bot Service issues it.</summary>
public interface IChannelAuthenticator
{
    /// <summary>True when no MicrosoftAppId is configured: requests without a token are admitted anonymously.</summary>
    bool IsAnonymous { get; }

    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

public sealed record AuthenticationResult(bool Succeeded, ClaimsIdentity Identity, string? CallerId, string? FailureReason)
{
    public static AuthenticationResult Anonymous() => new(true, new ClaimsIdentity("anonymous"), null, null);

    public static AuthenticationResult Success(ClaimsIdentity identity, string? callerId) => new(true, identity, callerId, null);

    public static AuthenticationResult Fail(string reason) => new(false, new ClaimsIdentity(), null, reason);
}
