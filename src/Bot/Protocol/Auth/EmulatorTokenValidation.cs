using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Tokens the Emulator (or anything holding this bot's own credentials) gets from Entra ID
/// (digest §3.3; Bot Builder's EmulatorValidation). No endorsements: Entra's keys have none.
/// </summary>
/// <remarks>
/// Not accepted: Entra-issued channel tokens whose caller is some other app (the Agents SDK's newer path).
/// Checking only <c>aud</c> would also admit tokens any other Bot Framework bot can request for our app id;
/// see ADR-004.
/// </remarks>
internal sealed class EmulatorTokenValidation(BotAuthenticationOptions options, OpenIdMetadata metadata, SignatureCheck signatures)
{
    public async Task<(ClaimsIdentity? Identity, string Failure)> ValidateAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var (key, failure) = await KeyLookup.FindAsync(metadata, token, cancellationToken);
        if (key is null)
            return (null, failure);
        if (await signatures.ValidateAsync(token, key) is { } invalid)
            return (null, invalid);

        // Like Bot Builder, no audience check on this path: the caller must be this bot's own app.
        token.TryGetPayloadValue<string>("ver", out var version);
        var callerClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (callerClaim is null)
            return (null, $"Emulator token has unknown version '{version}'.");
        if (!token.TryGetPayloadValue<string>(callerClaim, out var caller) || string.IsNullOrEmpty(caller))
            return (null, $"Emulator token (ver {version ?? "1.0"}) has no '{callerClaim}' claim.");
        if (!string.Equals(caller, options.MicrosoftAppId, StringComparison.Ordinal))
            return (null, $"Emulator token {callerClaim} '{caller}' is not this bot's MicrosoftAppId.");

        return (ChannelAuthenticator.IdentityOf(token), "");
    }
}
