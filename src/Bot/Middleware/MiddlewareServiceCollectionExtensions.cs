namespace BotApp.Bot.Middleware;

public static class MiddlewareServiceCollectionExtensions
{
    /// <summary>The turn middleware, outermost first. Registration order is execution order.</summary>
    public static IServiceCollection AddTurnMiddleware(this IServiceCollection services)
    {
        services.AddSingleton<SavedReferenceCache>();
        services.AddSingleton<ProcessedActivities>();
        services.AddSingleton<StoreWriteBehind>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreWriteBehind>());
        services.AddScoped<IMiddleware, ErrorMiddleware>();
        services.AddScoped<IMiddleware, DuplicateSuppressionMiddleware>();
        services.AddScoped<IMiddleware, ConversationReferenceMiddleware>();
        services.AddHostedService<ProcessedActivityCleanup>();
        return services;
    }
}
