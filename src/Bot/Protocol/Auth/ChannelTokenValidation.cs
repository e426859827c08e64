using System.Security.Claims;
using BotApp.Bot.Protocol.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>Tokens Azure Bot Service channels send (digest §3.2; Bot Builder's ChannelValidation).</summary>
internal sealed class ChannelTokenValidation(BotAuthenticationOptions options, OpenIdMetadata metadata, SignatureCheck signatures)
{
    public async Task<(ClaimsIdentity? Identity, string Failure)> ValidateAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var (key, failure) = await KeyLookup.FindAsync(metadata, token, cancellationToken);
        if (key is null)
            return (null, failure);
        if (await signatures.ValidateAsync(token, key) is { } invalid)
            return (null, invalid);

        if (!token.Audiences.Contains(options.MicrosoftAppId, StringComparer.Ordinal))
            return (null, $"Token audience '{string.Join(",", token.Audiences)}' is not this bot's MicrosoftAppId.");

        // The key must be endorsed for the channel the activity claims to come from. A key without an
        // endorsements list is refused here: Bot Builder only lets that pass for Emulator and skill tokens.
        if (key.Endorsements is null)
            return (null, $"Signing key '{key.KeyId}' has no endorsements, so it cannot vouch for channel '{activity.ChannelId}'.");
        // Bot Builder's EndorsementsValidator treats an empty channel id as nothing to check.
        if (!string.IsNullOrWhiteSpace(activity.ChannelId) && !key.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
            return (null, $"Signing key '{key.KeyId}' is not endorsed for channel '{activity.ChannelId}' (endorsed: {string.Join(",", key.Endorsements)}).");

        // Spec A7560: the serviceUrl we will send replies (and our token) to must be the one the channel signed.
        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            if (!token.TryGetPayloadValue<string>("serviceurl", out var signedUrl) || string.IsNullOrWhiteSpace(signedUrl))
                return (null, "Token has no 'serviceurl' claim.");
            if (!string.Equals(signedUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
                return (null, $"Token serviceurl '{signedUrl}' does not match the activity's serviceUrl '{activity.ServiceUrl}'.");
        }

        return (ChannelAuthenticator.IdentityOf(token), "");
    }
}
