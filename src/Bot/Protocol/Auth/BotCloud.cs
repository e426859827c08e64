namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// The endpoints of one Azure Bot Service cloud (Bot Builder's AuthenticationConstants and
/// GovernmentAuthenticationConstants). They are the per-key defaults of <see cref="BotAuthenticationOptions"/>.
/// </summary>
public sealed record BotCloud(
    string LoginUrlTemplate,
    string DefaultChannelAuthTenant,
    string OAuthScope,
    string ChannelTokenIssuer,
    string ChannelOpenIdMetadataUrl,
    string EmulatorOpenIdMetadataUrl,
    string CallerId)
{
    public const string UsGovChannelService = "https://botframework.azure.us";

    public static readonly BotCloud Public = new(
        LoginUrlTemplate: "https://login.microsoftonline.com/{0}",
        DefaultChannelAuthTenant: "botframework.com",
        OAuthScope: "https://api.botframework.com",
        ChannelTokenIssuer: "https://api.botframework.com",
        ChannelOpenIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
        EmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        CallerId: "urn:botframework:azure");

    public static readonly BotCloud UsGovernment = new(
        LoginUrlTemplate: "https://login.microsoftonline.us/{0}",
        DefaultChannelAuthTenant: "MicrosoftServices.onmicrosoft.us",
        OAuthScope: "https://api.botframework.us",
        ChannelTokenIssuer: "https://api.botframework.us",
        ChannelOpenIdMetadataUrl: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        EmulatorOpenIdMetadataUrl: "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration",
        CallerId: "urn:botframework:azureusgov");

    /// <summary>Empty means public cloud; the US Gov URL selects its constants; anything else is a cloud we have no defaults for.</summary>
    public static BotCloud? ForChannelService(string? channelService) =>
        string.IsNullOrWhiteSpace(channelService) ? Public
        : string.Equals(channelService.TrimEnd('/'), UsGovChannelService, StringComparison.OrdinalIgnoreCase) ? UsGovernment
        : null;
}
