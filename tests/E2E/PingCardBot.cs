using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.E2E.Tests;

/// <summary>
/// TEMPORARY stand-in with the behaviour the E2E test expects from the real bot: a welcome on join,
/// <c>help</c> answered with an Adaptive Card whose Action.Submit button posts <c>{verb:"ping"}</c>, and a
/// new message in answer to that click. Delete it when the real bot is merged and point the test at its texts.
/// </summary>
public sealed class PingCardBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            foreach (var member in activity.MembersAdded?.Where(m => m.Id != activity.Recipient?.Id) ?? [])
                await turnContext.SendActivityAsync($"你好，{member.Name}！输入 help 查看我能做什么。", cancellationToken);
            return;
        }
        if (!activity.IsType(ActivityTypes.Message))
            return;

        if (activity.Value?["verb"]?.GetValue<string>() == "ping")
            await turnContext.SendActivityAsync("pong", cancellationToken);
        else if (string.Equals(activity.Text?.Trim(), "help", StringComparison.OrdinalIgnoreCase))
            await turnContext.SendActivityAsync(new Activity { Attachments = [Attachment.AdaptiveCard(HelpCard())] }, cancellationToken);
        else
            await turnContext.SendActivityAsync($"echo: {activity.Text}", cancellationToken);
    }

    private static JsonObject HelpCard() => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "帮助", ["weight"] = "Bolder" }),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Ping", ["data"] = new JsonObject { ["verb"] = "ping" } }),
    };
}
