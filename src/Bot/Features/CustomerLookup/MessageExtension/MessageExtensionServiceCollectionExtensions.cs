namespace BotApp.Bot.Features.CustomerLookup.MessageExtension;

public static class MessageExtensionServiceCollectionExtensions
{
    /// <summary>
    /// The Teams message extension for customer search, reading cards from <typeparamref name="TSource"/>. The bot calls
    /// <see cref="CustomerMessageExtension.TryHandleAsync"/> first thing in its invoke handling.
    /// </summary>
    public static IServiceCollection AddCustomerLookupTeams<TSource>(this IServiceCollection services)
        where TSource : class, ICustomerCardSource
    {
        services.AddScoped<ICustomerCardSource, TSource>();
        services.AddScoped<ChatAudience>();
        services.AddScoped<CustomerMessageExtension>();
        return services;
    }
}
