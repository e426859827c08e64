namespace BotApp.Bot.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>
    /// The template catalogue and <see cref="ICardRenderer"/>. Templates (cards/*.json beside the
    /// binary) are read and parsed here, at startup, so a broken template stops the app rather than a turn.
    /// </summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddSingleton(CardCatalogue.Load(Path.Combine(AppContext.BaseDirectory, CardCatalogue.FolderName)));
        services.AddSingleton<ICardRenderer, CardRenderer>();
        return services;
    }
}
