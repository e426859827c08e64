namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Reads <see cref="BotAuthenticationOptions"/> from flat top-level keys, as Bot Builder's
/// ConfigurationServiceClientCredentialFactory and ConfigurationBotFrameworkAuthentication do.
/// </summary>
/// <remarks>
/// Deliberate difference (ADR-004): Bot Builder switches to "parameterized" mode as soon as one endpoint key is
/// set and then uses only the configured keys (unset ones become null). We default every unset key from the
/// cloud that ChannelService selects, so overriding one URL does not silently blank the others.
/// </remarks>
public static class BotAuthenticationConfiguration
{
    public static void Bind(IConfiguration configuration, BotAuthenticationOptions options)
    {
        string Read(string key) => configuration[key]?.Trim() ?? "";
        string ReadOr(string key, Func<BotCloud, string> fallback) =>
            Read(key) is { Length: > 0 } value ? value : options.Cloud is { } cloud ? fallback(cloud) : "";

        options.MicrosoftAppType = ParseAppType(Read("MicrosoftAppType"));
        options.MicrosoftAppId = Read("MicrosoftAppId");
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"] ?? ""; // secrets are not trimmed
        options.MicrosoftAppTenantId = Read("MicrosoftAppTenantId");
        options.ChannelService = Read("ChannelService");
        options.Cloud = BotCloud.ForChannelService(options.ChannelService);

        options.ToBotFromChannelOpenIdMetadataUrl = ReadOr("ToBotFromChannelOpenIdMetadataUrl", c => c.ChannelOpenIdMetadataUrl);
        options.ToBotFromChannelTokenIssuer = ReadOr("ToBotFromChannelTokenIssuer", c => c.ChannelTokenIssuer);
        options.ToBotFromEmulatorOpenIdMetadataUrl = ReadOr("ToBotFromEmulatorOpenIdMetadataUrl", c => c.EmulatorOpenIdMetadataUrl);
        options.ToChannelFromBotLoginUrl = Read("ToChannelFromBotLoginUrl"); // empty = derived from the app type, see ChannelAuthority
        options.ToChannelFromBotOAuthScope = ReadOr("ToChannelFromBotOAuthScope", c => c.OAuthScope);
        options.CallerId = ReadOr("CallerId", c => c.CallerId);
        options.ValidateAuthority = !bool.TryParse(Read("ValidateAuthority"), out var validate) || validate;
    }

    /// <summary>Case-insensitive, so "UserAssignedMSI" works; anything unparseable is MultiTenant, as in Bot Builder.</summary>
    public static BotAppType ParseAppType(string? value) =>
        Enum.TryParse<BotAppType>(value, ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(value, out _)
            ? type
            : BotAppType.MultiTenant;
}
