using Microsoft.IdentityModel.JsonWebTokens;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>Reads <c>Authorization: Bearer &lt;jwt&gt;</c> without trusting it yet.</summary>
internal static class BearerToken
{
    /// <summary>Algorithms Bot Builder accepts for channel and Emulator tokens.</summary>
    public static readonly string[] AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    public static bool TryRead(string header, out JsonWebToken token, out string failure)
    {
        token = null!;
        // As Bot Builder's JwtTokenExtractor: exactly two space-separated parts, the scheme spelled "Bearer".
        var parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            failure = "The Authorization header is not of the form 'Bearer <token>'.";
            return false;
        }

        try
        {
            token = new JsonWebToken(parts[1]);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            failure = "The bearer token is not a well-formed JWT.";
            return false;
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            failure = $"The token is signed with '{token.Alg}'; only RS256, RS384 and RS512 are accepted.";
            return false;
        }
        if (string.IsNullOrEmpty(token.Kid))
        {
            // Both Bot Framework and Entra name the signing key; without a kid we cannot look up endorsements.
            failure = "The token header has no 'kid', so its signing key cannot be identified.";
            return false;
        }

        failure = "";
        return true;
    }
}
