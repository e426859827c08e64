using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Data.Entities;

namespace BotApp.Bot.Notices;

/// <summary>
/// Addresses a notice to a stored conversation as Bot Builder's ContinueConversation does: from the bot, to the user,
/// with no replyToId (a proactive message starts its own thread). Teams wants the tenant on the conversation and in
/// channelData for a proactive message (digest §6.1), so both are filled from the stored reference.
/// </summary>
internal static class ProactiveAddress
{
    public static ConversationReference ReferenceOf(ConversationReferenceRecord record)
    {
        ConversationReference? stored = null;
        try
        {
            stored = JsonSerializer.Deserialize<ConversationReference>(record.ReferenceJson, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // The columns below are enough to reach the conversation.
        }
        stored ??= new ConversationReference();
        // The columns hold the latest values (Multi-Geo moves serviceUrl; a later activity may add the tenant).
        (stored.ChannelId, stored.ServiceUrl) = (record.ChannelId, record.ServiceUrl);
        stored.Conversation ??= new ConversationAccount { Id = record.ConversationId, ConversationType = record.ConversationType };
        stored.Conversation.TenantId ??= record.TenantId;
        stored.User ??= new ChannelAccount { Id = record.UserId, AadObjectId = record.UserAadObjectId };
        return stored;
    }

    public static Activity Address(Activity activity, ConversationReference reference, string locale)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Locale ??= locale;
        activity.ApplyConversationReference(reference);
        activity.ReplyToId = null;
        if (CardChannelAdapter.IsTeams(reference.ChannelId) && reference.Conversation?.TenantId is { Length: > 0 } tenant
            && activity.ChannelData is null or JsonObject)
        {
            var channelData = activity.ChannelData as JsonObject ?? [];
            channelData["tenant"] ??= new JsonObject { ["id"] = tenant };
            activity.ChannelData = channelData;
        }
        return activity;
    }
}
