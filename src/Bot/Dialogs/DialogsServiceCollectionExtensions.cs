using BotApp.Bot.State;

namespace BotApp.Bot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Conversation and user state and the middleware that loads and saves them. Middleware runs in
    /// registration order: call this AFTER registering the error middleware (so a state conflict is
    /// apologised for) and BEFORE any middleware that reads state. Dialog sets, prompts and the
    /// <see cref="InterruptionHandler"/> are built by the bot, which owns the texts and the help card.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddSingleton<StateCache>();
        services.AddScoped<ConversationState>();
        services.AddScoped<UserState>();
        services.AddScoped<Protocol.Turns.IMiddleware, AutoSaveStateMiddleware>();
        return services;
    }
}
