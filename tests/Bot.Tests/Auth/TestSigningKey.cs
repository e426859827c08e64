using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace BotApp.Bot.Tests.Auth;

/// <summary>An RSA key generated for the test, publishable as a JWK (with Bot Framework endorsements if given).</summary>
public sealed class TestSigningKey(string keyId) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm);

    public JsonObject ToJwk(params string[]? endorsements)
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)e).ToArray());
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
