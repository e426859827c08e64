using System.Collections.Frozen;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Issuers of Emulator-style tokens (Entra tokens the bot's own app requested; Bot Builder's
/// EmulatorValidation.ToBotFromEmulatorTokenValidationParameters, public and US Gov alike).
/// </summary>
internal static class EmulatorIssuers
{
    private static FrozenSet<string> Known { get; } = new[]
    {
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",                 // Emulator 3.1, v1 token
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",                 // Emulator 3.2
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",                 // US Gov
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A known issuer, or (as Bot Builder does for single-tenant apps) the v1/v2 issuer of the token's own
    /// <c>tid</c>. That is safe only because the Emulator path then insists the caller is this bot's app.
    /// </summary>
    public static bool IsTrusted(JsonWebToken token)
    {
        var issuer = token.Issuer;
        if (Known.Contains(issuer))
            return true;
        return token.TryGetPayloadValue<string>("tid", out var tenant) && !string.IsNullOrEmpty(tenant)
            && (issuer == $"https://sts.windows.net/{tenant}/" || issuer == $"https://login.microsoftonline.com/{tenant}/v2.0");
    }
}
