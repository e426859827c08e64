using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// How a plan answer reaches the person who asked. A Teams Action.Execute (an invoke) is answered with the card that
/// replaces the one they tapped, the outcome written on it; Web Chat and typed commands get a new message with the
/// card, since Web Chat can neither update a message nor take a card as an invoke answer.
/// </summary>
public sealed class PlanReplies(PlanCard card, ILocalizer texts)
{
    public async Task SendCardAsync(ITurnContext turnContext, StaffMember viewer, PlanView plan, JsonObject? notice, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var attachment = await card.RenderAsync(plan, new PlanReader(activity.Locale, viewer.TimeZone), activity.ChannelId, notice, cancellationToken);
        if (activity.IsType(ActivityTypes.Invoke))
            turnContext.InvokeResponse = InvokeResponse.Card((JsonObject)attachment.Content!);
        else
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [attachment] }, cancellationToken);
    }

    /// <summary>A short answer: an invoke shows it as a message on the card, anything else gets it as a message.</summary>
    public Task SendTextAsync(ITurnContext turnContext, string key, CancellationToken cancellationToken, params object[] args) =>
        SendPlainAsync(turnContext, texts.Get(key, turnContext.Activity.Locale, args), cancellationToken);

    public async Task SendPlainAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.IsType(ActivityTypes.Invoke))
            turnContext.InvokeResponse = InvokeResponse.Message(text);
        else
            await turnContext.SendActivityAsync(text, cancellationToken);
    }

    /// <summary>A click on an out-of-date card: who decided what and when, on the plan as it is now.</summary>
    public Task SendStaleAsync(ITurnContext turnContext, StaffMember viewer, PlanView plan, PlanStepView? decision, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        var text = decision is { DecidedBy: { } by, DecidedAt: { } at }
            ? texts.Get(TextKeys.PlanStale, locale, by.Name, DisplayFormats.LocalTime(at, viewer.TimeZone), texts.Name(decision.Decision, locale))
            : texts.Get(TextKeys.PlanStaleChanged, locale);
        return SendCardAsync(turnContext, viewer, plan, PlanCardData.Notice(text, "Warning"), cancellationToken);
    }
}
