using System.Globalization;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>Bot Builder's MicrosoftAppType. Unknown or missing values mean MultiTenant, as in Bot Builder.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

/// <summary>
/// Bot credentials and Azure Bot Service endpoints, read from the flat top-level keys Bot Builder reads
/// (see <see cref="BotAuthenticationConfiguration"/>). Property names are the configuration keys.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public BotAppType MicrosoftAppType { get; set; }
    public string MicrosoftAppId { get; set; } = "";
    public string MicrosoftAppPassword { get; set; } = "";
    public string MicrosoftAppTenantId { get; set; } = "";
    public string ChannelService { get; set; } = "";
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "";
    public string ToBotFromChannelTokenIssuer { get; set; } = "";
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "";

    /// <summary>When set, the full authority (Bot Builder's parameterized meaning); the tenant is not appended.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "";
    public string ToChannelFromBotOAuthScope { get; set; } = "";
    public bool ValidateAuthority { get; set; } = true;
    public string CallerId { get; set; } = "";

    /// <summary>The cloud whose constants filled the unset keys; null for a ChannelService we have no constants for.</summary>
    public BotCloud? Cloud { get; set; } = BotCloud.Public;

    /// <summary>No MicrosoftAppId: Bot Builder's "authentication disabled" mode (digest §3.6).</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Where the bot gets Connector tokens (digest §3.4).</summary>
    public string ChannelAuthority =>
        !string.IsNullOrEmpty(ToChannelFromBotLoginUrl) ? ToChannelFromBotLoginUrl
        : Cloud is null ? ""
        : string.Format(CultureInfo.InvariantCulture, Cloud.LoginUrlTemplate,
            MicrosoftAppType == BotAppType.SingleTenant ? MicrosoftAppTenantId : Cloud.DefaultChannelAuthTenant);

    /// <summary>The client-credentials scope. MSAL wants "{resource}/.default"; tolerate a configured "/.default" or trailing slash.</summary>
    public string ConnectorScope =>
        ToChannelFromBotOAuthScope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase)
            ? ToChannelFromBotOAuthScope
            : ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";
}
