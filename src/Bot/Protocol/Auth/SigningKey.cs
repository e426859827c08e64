using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// A key from a JWKS with its Bot Framework <c>endorsements</c> (the channel ids it may sign for; null when the
/// JWK has no such array, as Entra's keys do not).
/// </summary>
internal sealed record SigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string>? Endorsements)
{
    private const string EndorsementsMember = "endorsements";

    public static SigningKey? Find(OpenIdConnectConfiguration configuration, string keyId)
    {
        var jwk = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        var key = configuration.SigningKeys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal)) ?? jwk;
        return key is null ? null : new SigningKey(keyId, key, jwk is null ? null : ReadEndorsements(jwk));
    }

    // IdentityModel keeps members it does not know in AdditionalData; the value's CLR type depends on its reader.
    private static List<string>? ReadEndorsements(JsonWebKey jwk) =>
        jwk.AdditionalData.TryGetValue(EndorsementsMember, out var value)
            ? value switch
            {
                JsonElement { ValueKind: JsonValueKind.Array } array =>
                    array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
                string single => [single],
                IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>().ToList(),
                _ => null,
            }
            : null;
}
