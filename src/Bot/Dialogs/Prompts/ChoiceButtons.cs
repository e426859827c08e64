using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>Shows choices as imBack buttons: tapping one sends its title as the user's message.</summary>
internal static class ChoiceButtons
{
    private const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    public static Activity Add(Activity activity, string? channelId, IReadOnlyList<Choice> choices, ChoiceStyle style)
    {
        if (choices.Count == 0)
            return activity;
        if (style == ChoiceStyle.Auto)
            style = channelId == "msteams" ? ChoiceStyle.Card : ChoiceStyle.SuggestedActions;

        if (style == ChoiceStyle.SuggestedActions)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = choices.Select(c => new CardAction { Type = "imBack", Title = c.DisplayTitle, Value = c.DisplayTitle }).ToList(),
            };
        }
        else if (style == ChoiceStyle.Card)
        {
            // A hero card, not an Adaptive Card: imBack buttons behave the same in Teams and Web Chat.
            var buttons = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["type"] = "imBack", ["title"] = c.DisplayTitle, ["value"] = c.DisplayTitle }).ToArray());
            activity.Attachments = [.. activity.Attachments ?? [], new Attachment { ContentType = HeroCardContentType, Content = new JsonObject { ["buttons"] = buttons } }];
        }
        return activity;
    }
}
