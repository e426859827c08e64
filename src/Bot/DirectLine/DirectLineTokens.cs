using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// Issues and checks our own Direct Line tokens: HS256 JWTs, because Web Chat decodes the token and takes
/// the <c>user</c> claim as the user id. Without a secret (Development only) the key is random per process,
/// so tokens die with the process, as the in-memory conversations do.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Issuer = "botapp-directline";
    /// <summary>Base64url of <c>{"alg":"HS256","typ":"JWT"}</c>.</summary>
    private const string Header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

    private readonly byte[] _key = SigningKey(options.Value.Secret);

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    public string Issue(string conversationId, string userId, string? userName)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var claims = new Claims(Issuer, conversationId, userId, userName, now, now + LifetimeSeconds);
        var unsigned = $"{Header}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        return $"{unsigned}.{Base64Url.EncodeToString(Sign(unsigned))}";
    }

    /// <summary>Reads an <c>Authorization</c> header: the secret, a valid token, or why not (401 missing, 403 bad or expired).</summary>
    public DirectLineCaller Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return DirectLineCaller.Fail(StatusCodes.Status401Unauthorized, "Send the secret or a token as Bearer.");
        var credential = authorization[scheme.Length..].Trim();
        if (IsSecret(credential))
            return DirectLineCaller.Secret();
        var token = Read(credential);
        if (token is null)
            return DirectLineCaller.Fail(StatusCodes.Status403Forbidden, "The token is not valid.");
        return token.ExpiresAt <= time.GetUtcNow()
            ? DirectLineCaller.Fail(StatusCodes.Status403Forbidden, "The token has expired.")
            : new DirectLineCaller(false, token);
    }

    // Hashed first so the comparison takes the same time whatever the lengths.
    private bool IsSecret(string credential) =>
        options.Value.Secret is { Length: > 0 } secret
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), SHA256.HashData(Encoding.UTF8.GetBytes(credential)));

    private DirectLineToken? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
            return null;
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(Sign($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2])))
                return null;
            var claims = JsonSerializer.Deserialize<Claims>(Base64Url.DecodeFromChars(parts[1]));
            return claims is { Iss: Issuer, Conv.Length: > 0, User.Length: > 0 }
                ? new DirectLineToken(claims.Conv, claims.User, claims.Name, DateTimeOffset.FromUnixTimeSeconds(claims.Exp))
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(unsigned));

    private static byte[] SigningKey(string? secret) => string.IsNullOrEmpty(secret)
        ? RandomNumberGenerator.GetBytes(32)
        // Derived, not the secret itself, so a leaked signing key is not the secret.
        : HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "BotApp.DirectLine.TokenSigningKey"u8);

    private sealed record Claims(
        [property: JsonPropertyName("iss")] string? Iss,
        [property: JsonPropertyName("conv")] string? Conv,
        [property: JsonPropertyName("user")] string? User,
        [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
        [property: JsonPropertyName("iat")] long Iat,
        [property: JsonPropertyName("exp")] long Exp);
}
