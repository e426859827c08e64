using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>Signature and lifetime, the checks every path shares. Issuer and audience are checked by the callers.</summary>
internal sealed class SignatureCheck(TimeProvider time)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Null when the token is signed by <paramref name="key"/> and within its lifetime (5 min skew); otherwise why not.</summary>
    public async Task<string?> ValidateAsync(JsonWebToken token, SigningKey key)
    {
        var parameters = new TokenValidationParameters
        {
            // The caller chose the key set by issuer and checks audience itself, and lifetime is checked below
            // on our TimeProvider, so each failure can say precisely what was wrong.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireSignedTokens = true,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = BearerToken.AllowedAlgorithms,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? CheckLifetime(token) : Describe(result.Exception, token, key);
    }

    private string? CheckLifetime(JsonWebToken token)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!token.TryGetPayloadValue<long>("exp", out _))
            return "The token has no 'exp' claim.";
        if (now > token.ValidTo + ClockSkew)
            return $"The token expired at {token.ValidTo:O} (5 minutes of clock skew allowed).";
        if (token.TryGetPayloadValue<long>("nbf", out _) && now < token.ValidFrom - ClockSkew)
            return $"The token is not valid before {token.ValidFrom:O} (5 minutes of clock skew allowed).";
        return null;
    }

    private static string Describe(Exception? error, JsonWebToken token, SigningKey key) => error switch
    {
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException =>
            $"The token signature does not verify with key '{key.KeyId}'.",
        SecurityTokenInvalidAlgorithmException => $"The token algorithm '{token.Alg}' is not allowed.",
        null => "The token did not validate.",
        _ => $"The token did not validate ({error.GetType().Name}).",
    };
}
