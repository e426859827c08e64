using BotApp.Bot.Dialogs;
using BotApp.Bot.Features.CustomerLookup;
using BotApp.Bot.Features.Help;
using BotApp.Bot.Features.Language;
using BotApp.Bot.Features.Plans;
using BotApp.Bot.Features.Welcome;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features;

public static class FeaturesServiceCollectionExtensions
{
    /// <summary>The bot, its card verbs and its dialogs. Call after AddDialogs: the locale middleware reads user state.</summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services)
    {
        services.AddSingleton<IMiddleware, LocaleMiddleware>();
        services.AddScoped<IBot, BotAppBot>();
        services.AddScoped<CardActionRouter>();
        services.AddScoped<TypedCommands>();
        services.AddScoped<CurrentStaff>();
        services.AddCustomerLookup();
        services.AddPlanFeature();
        services.AddScoped<HelpCard>();
        services.AddScoped<WelcomeCard>();
        services.AddScoped<ICardActionHandler, ShowHelpAction>();
        services.AddScoped<ICardActionHandler, LanguageSwitch>();
        // Dialogs hold no per-conversation data, so one set serves every turn; features add theirs as Dialog services.
        services.AddSingleton(sp => sp.GetServices<Dialog>().Aggregate(new DialogSet(), (set, dialog) => set.Add(dialog)));
        return services;
    }
}
