using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.State;

namespace BotApp.Bot.Features.Language;

/// <summary>
/// A person's language choice (zh-CN or en), kept in user state. It overrides the client's locale, since
/// many Teams and browser clients here report en-US whatever their users read.
/// </summary>
public sealed class LanguageSwitch(ILocalizer texts) : ICardActionHandler
{
    public const string SetLanguageVerb = "setLanguage";
    public const string UserStateProperty = "locale";

    public string Verb => SetLanguageVerb;

    /// <summary>The card button that switches to the other language.</summary>
    public static JsonObject Action(string? currentLocale, ILocalizer texts) => new()
    {
        ["title"] = texts.Get(TextKeys.ActionSwitchLanguage, currentLocale),
        ["verb"] = SetLanguageVerb,
        ["data"] = new JsonObject { ["locale"] = ResxLocalizer.IsEnglish(currentLocale) ? "zh-CN" : "en" },
    };

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        // Only the two languages we have texts for; anything else in the card data is ignored.
        var locale = data["locale"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && ResxLocalizer.IsEnglish(data["locale"]!.GetValue<string>()) ? "en" : "zh-CN";
        var user = await turnContext.GetUserState().GetAsync(turnContext, cancellationToken);
        user[UserStateProperty] = locale;
        turnContext.Activity.Locale = locale;
        await turnContext.SendActivityAsync(texts.Get(TextKeys.LanguageSet, locale), cancellationToken);
    }
}
