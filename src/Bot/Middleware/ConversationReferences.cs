using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Reads the reachable address out of an inbound activity. A 1:1 chat is saved per user; a group chat
/// or team channel is saved once for the conversation (UserId ""), which is where digests go.
/// </summary>
public sealed record ConversationReferences(
    string ChannelId, string ConversationId, string UserId, string ConversationType, string ServiceUrl,
    string? UserAadObjectId, string? TenantId, string? TeamId, ConversationReference Reference)
{
    public const string Personal = "personal";

    /// <summary>The parts of the reference that matter for reaching the conversation; a change in any means a write.</summary>
    public string Fingerprint =>
        $"{ServiceUrl}|{ConversationType}|{TenantId}|{TeamId}|{UserAadObjectId}|{Reference.User?.Name}|{Reference.Bot?.Id}|{Reference.Bot?.Name}|{Reference.Conversation?.Name}|{Reference.Locale}";

    public static ConversationReferences From(Activity activity)
    {
        var type = activity.Conversation!.ConversationType ?? (activity.Conversation.IsGroup == true ? "groupChat" : Personal);
        var isPersonal = type == Personal;
        var reference = activity.GetConversationReference();
        // A proactive message starts its own thread, and the id changes with every message: keeping it would
        // make every turn look like a changed reference and cost a write.
        reference.ActivityId = null;
        if (!isPersonal)
            reference.User = null; // the conversation itself is the target, not whoever spoke last
        var channelData = activity.ChannelData as JsonObject;
        return new ConversationReferences(
            activity.ChannelId!,
            activity.Conversation.Id!,
            isPersonal ? activity.From?.Id ?? "" : "",
            type,
            activity.ServiceUrl!,
            isPersonal ? activity.From?.AadObjectId : null,
            activity.Conversation.TenantId ?? channelData?["tenant"]?["id"]?.GetValue<string>(),
            channelData?["team"]?["id"]?.GetValue<string>(),
            reference);
    }
}
