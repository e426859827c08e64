namespace BotApp.Bot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The local Direct Line 3.0 channel (the demo staff its Development page offers come from Demo/DemoDataSeeder).</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.Section))
            .Validate(o => o.TokenLifetimeSeconds > 0 && o.ConversationIdleMinutes > 0 && o.MaxActivitiesPerConversation > 0,
                "DirectLine: TokenLifetimeSeconds, ConversationIdleMinutes and MaxActivitiesPerConversation must be positive.")
            .ValidateOnStart();
        services.AddSingleton<DirectLineMode>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineServiceUrl>();
        services.AddSingleton<DirectLineBridge>();
        return services;
    }
}
