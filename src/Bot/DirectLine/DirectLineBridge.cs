using System.Text.Json;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// Hands client activities to the bot in-process, through the same <see cref="CloudAdapter"/> that serves
/// /api/messages. No HTTP hop and no Bot Framework JWT: the Direct Line token already authenticated the user,
/// and callerId stays null as for any channel that is not a skill.
/// </summary>
public sealed class DirectLineBridge(CloudAdapter adapter, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineBridge> log)
{
    public const string ChannelId = "directline";

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    /// <summary>As Direct Line does when the user is known at start: tell the bot that it and the user joined.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, From = conversation.User, MembersAdded = [Bot, conversation.User] };
        Address(update, conversation, serviceUrl);
        conversation.Append(update, visible: false, time.GetUtcNow()); // clients never see conversationUpdate
        await RunTurnAsync(update, cancellationToken);
    }

    /// <summary>Appends the user's activity (Web Chat waits for this echo) and runs the turn. False when the bot failed.</summary>
    public async Task<(string Id, bool BotSucceeded)> PostAsync(DirectLineConversation conversation, Activity activity, ChannelAccount from, string serviceUrl, CancellationToken cancellationToken)
    {
        activity.From = from;
        Address(activity, conversation, serviceUrl);
        activity.Locale ??= conversation.Locale;
        // Direct Line delivers typing only over WebSockets, and we only poll.
        var id = conversation.Append(activity, visible: !activity.IsType(ActivityTypes.Typing), time.GetUtcNow());

        // The stored echo may be serialized by a poll at any moment; the bot gets its own copy to change.
        var turn = JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options), ProtocolJson.Options)!;
        return (id, await RunTurnAsync(turn, cancellationToken));
    }

    private void Address(Activity activity, DirectLineConversation conversation, string serviceUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Recipient = Bot;
    }

    private async Task<bool> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await adapter.ProcessActivityAsync(activity, callerId: null, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Real Direct Line answers the client 502 when the bot failed; the conversation itself goes on.
            log.LogError(ex, "The bot failed on {ActivityType} {ActivityId} in Direct Line conversation {ConversationId}", activity.Type, activity.Id, activity.Conversation?.Id);
            return false;
        }
    }
}
