namespace BotApp.Bot.Protocol.Auth;

/// <summary>Named HttpClients for authentication, so hosts (and tests) can configure or stub them.</summary>
public static class AuthHttp
{
    /// <summary>OpenID metadata and JWKS documents of the channel and the Emulator.</summary>
    public const string OpenIdMetadataClientName = "BotApp.OpenIdMetadata";

    /// <summary>The Entra ID token endpoint that MSAL calls for Connector tokens.</summary>
    public const string TokenEndpointClientName = "BotApp.TokenEndpoint";
}
