using BotApp.Bot.Protocol.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotApp.Bot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// The Connector client on the one pooled <see cref="ConnectorHttp.ClientName"/> HttpClient with the retry handler.
    /// Needs a <see cref="TimeProvider"/> and an <see cref="IConnectorTokenProvider"/> from elsewhere.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<ConnectorOptions>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(ConnectorOptions.Section));
        options.Validate(o => o.IsValid(), "Connector options are out of range: retries and message limits must be positive, MaxDelay >= BaseDelay.").ValidateOnStart();

        services.TryAddTransient<ConnectorRetryHandler>();
        // ConnectorClient logs failures itself, with the channel's correlation id; the factory's per-request logging only costs time.
        services.AddHttpClient(ConnectorHttp.ClientName).RemoveAllLoggers().AddHttpMessageHandler<ConnectorRetryHandler>();
        services.TryAddSingleton<ConversationPacer>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
