namespace BotApp.Bot.Middleware;

public static class MiddlewareServiceCollectionExtensions
{
    /// <summary>The turn middleware, outermost first. Registration order is execution order.</summary>
    public static IServiceCollection AddTurnMiddleware(this IServiceCollection services)
    {
        services.AddSingleton<SavedReferenceCache>();
        services.AddSingleton<ReferenceWriter>();
        services.AddSingleton<ProcessedActivities>();
        services.AddSingleton<StoreWriteBehind>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreWriteBehind>());
        // Singletons: they hold no per-turn data, and the container then builds nothing for them per turn.
        services.AddSingleton<IMiddleware, ErrorMiddleware>();
        services.AddSingleton<IMiddleware, DuplicateSuppressionMiddleware>();
        services.AddSingleton<IMiddleware, ConversationReferenceMiddleware>();
        services.AddHostedService<ProcessedActivityCleanup>();
        return services;
    }
}
