using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>The adapter that runs turns. Authentication and the Connector client register themselves.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddSingleton<CloudAdapter>();
        return services;
    }
}
