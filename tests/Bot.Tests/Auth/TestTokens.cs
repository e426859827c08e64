using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotApp.Bot.Tests.Auth;

/// <summary>Tokens shaped like the ones Azure Bot Service and the Emulator send, signed by test keys.</summary>
public static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    private static JsonWebTokenHandler Handler { get; } = new() { SetDefaultTimesOnTokenCreation = false };

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static string Channel(TestSigningKey key, string serviceUrl, string issuer = ChannelIssuer, string audience = AppId,
        DateTimeOffset? expires = null, string algorithm = SecurityAlgorithms.RsaSha256, bool withServiceUrl = true) =>
        Create(key, issuer, audience, expires, algorithm, withServiceUrl ? new() { ["serviceurl"] = serviceUrl } : []);

    public static string EmulatorV1(TestSigningKey key, string appId = AppId, string issuer = EmulatorIssuerV1, string? tenantId = null) =>
        Create(key, issuer, AppId, null, SecurityAlgorithms.RsaSha256, WithTenant(new() { ["ver"] = "1.0", ["appid"] = appId }, tenantId));

    public static string EmulatorV2(TestSigningKey key, string azp = AppId, string issuer = EmulatorIssuerV2, string version = "2.0") =>
        Create(key, issuer, AppId, null, SecurityAlgorithms.RsaSha256, new() { ["ver"] = version, ["azp"] = azp });

    public static string Bearer(string token) => "Bearer " + token;

    private static Dictionary<string, object> WithTenant(Dictionary<string, object> claims, string? tenantId)
    {
        if (tenantId is not null)
            claims["tid"] = tenantId;
        return claims;
    }

    private static string Create(TestSigningKey key, string issuer, string audience, DateTimeOffset? expires, string algorithm, Dictionary<string, object> claims)
    {
        var exp = expires ?? Now.AddHours(1);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddHours(-1).UtcDateTime,
            NotBefore = exp.AddHours(-1).UtcDateTime,
            Expires = exp.UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials(algorithm),
        });
    }
}
