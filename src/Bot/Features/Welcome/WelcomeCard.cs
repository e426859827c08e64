using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Features.Help;
using BotApp.Bot.Features.Language;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features.Welcome;

/// <summary>
/// Greets a person when the bot and they first meet (1:1 conversationUpdate, Teams install), by name when
/// they are on the staff list, with buttons for help and the language choice.
/// </summary>
public sealed class WelcomeCard(ICardRenderer cards, ILocalizer texts, ISender mediator)
{
    public async Task SendAsync(ITurnContext turnContext, ChannelAccount member, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var locale = activity.Locale;
        var staff = await mediator.Send(new IdentifyStaff(member.AadObjectId, member.Id), cancellationToken);
        var data = new JsonObject
        {
            ["title"] = staff is null ? texts.Get(TextKeys.WelcomeTitle, locale) : texts.Get(TextKeys.WelcomeNamed, locale, staff.Name),
            ["body"] = texts.Get(TextKeys.WelcomeBody, locale),
            ["actions"] = new JsonArray(
                new JsonObject { ["title"] = texts.Get(TextKeys.ActionHelp, locale), ["verb"] = HelpCard.Verb, ["data"] = new JsonObject() },
                LanguageSwitch.Action(locale, texts)),
        };
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [cards.Render("welcome", data, activity.ChannelId)] };
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
