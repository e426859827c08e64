using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Protocol.Auth;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Inbound token checks (<see cref="IChannelAuthenticator"/>) and outbound Connector tokens
    /// (<see cref="IConnectorTokenProvider"/>), configured from the flat Bot Builder keys (MicrosoftAppId, ...).
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // Bound when first used, so configuration sources added after this call (tests, user secrets) count.
        services.AddOptions<BotAuthenticationOptions>()
            .Configure(options => BotAuthenticationConfiguration.Bind(configuration, options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();

        // Short timeouts: a channel gives up on the inbound POST after about 15 s.
        services.AddHttpClient(AuthHttp.OpenIdMetadataClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(AuthHttp.TokenEndpointClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IChannelAuthenticator, ChannelAuthenticator>();
        services.AddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddHostedService<BotAuthenticationStartupLog>();
        return services;
    }
}
