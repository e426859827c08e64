using Microsoft.IdentityModel.JsonWebTokens;

namespace BotApp.Bot.Protocol.Auth;

internal static class KeyLookup
{
    /// <summary>The token's signing key from <paramref name="metadata"/>, or why there is none. Fails closed when the metadata is unreachable.</summary>
    public static async Task<(SigningKey? Key, string Failure)> FindAsync(OpenIdMetadata metadata, JsonWebToken token, CancellationToken cancellationToken)
    {
        try
        {
            var key = await metadata.FindKeyAsync(token.Kid, cancellationToken);
            return key is null
                ? (null, $"Signing key '{token.Kid}' is not listed by {metadata.Address}, even after a refresh.")
                : (key, "");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"Could not load signing keys from {metadata.Address}: {ex.GetBaseException().Message}");
        }
    }
}
