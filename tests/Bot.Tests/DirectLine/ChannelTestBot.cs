using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Tests.DirectLine;

/// <summary>
/// A bot that makes the channel observable: welcomes added users, echoes text with the sender's id,
/// throws on "fail", and on "edit" tries to update its own message through the Connector (Direct Line refuses).
/// </summary>
public sealed class ChannelTestBot(IConnectorClient connector) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            var joined = activity.MembersAdded?.Where(m => m.Id != activity.Recipient?.Id).Select(m => m.Id) ?? [];
            await turnContext.SendActivityAsync($"welcome {string.Join(",", joined)}", cancellationToken);
            return;
        }
        if (!activity.IsType(ActivityTypes.Message))
            return;

        switch (activity.Text)
        {
            case "fail":
                throw new InvalidOperationException("The test bot fails on purpose.");
            case "edit":
                var sent = await turnContext.SendActivityAsync("draft", cancellationToken);
                var updated = await connector.UpdateActivityAsync(activity.ServiceUrl!, activity.Conversation!.Id!, sent!.Id!, new Activity { Type = ActivityTypes.Message, Text = "edited" }, cancellationToken);
                await turnContext.SendActivityAsync($"update: {updated.Outcome}", cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync($"echo {activity.From?.Id}: {activity.Text}", cancellationToken);
                break;
        }
    }
}
