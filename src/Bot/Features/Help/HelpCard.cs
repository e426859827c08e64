using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Features.Language;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features.Help;

/// <summary>The help card: what the bot can do, with an example of each, in the user's language.</summary>
public sealed class HelpCard(ICardRenderer cards, ILocalizer texts)
{
    public const string Verb = "help";

    public Task SendAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        string T(string key) => texts.Get(key, locale);
        var data = new JsonObject
        {
            ["title"] = T(TextKeys.HelpTitle),
            ["intro"] = T(TextKeys.HelpIntro),
            ["items"] = new JsonArray(
                Item(T(TextKeys.HelpLookupTitle), T(TextKeys.HelpLookupExample)),
                Item(T(TextKeys.HelpPlansTitle), T(TextKeys.HelpPlansExample)),
                Item(T(TextKeys.HelpComplaintsTitle), T(TextKeys.HelpComplaintsExample)),
                Item(T(TextKeys.HelpAlertsTitle), T(TextKeys.HelpAlertsExample))),
            ["footer"] = T(TextKeys.HelpCancelHint),
            ["actions"] = new JsonArray(LanguageSwitch.Action(locale, texts)),
        };
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [cards.Render("help", data, turnContext.Activity.ChannelId)] };
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static JsonObject Item(string title, string example) => new() { ["title"] = title, ["example"] = example };
}
