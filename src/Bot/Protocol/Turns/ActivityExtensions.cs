using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Turns;

public static class ActivityExtensions
{
    /// <summary>A reply addressed back to the sender of <paramref name="activity"/>, as Bot Builder's CreateReply does.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = activity.Recipient is null ? null : new ChannelAccount { Id = activity.Recipient.Id, Name = activity.Recipient.Name },
        Recipient = activity.From is null ? null : new ChannelAccount { Id = activity.From.Id, Name = activity.From.Name },
        Conversation = activity.Conversation is null ? null : new ConversationAccount { Id = activity.Conversation.Id, IsGroup = activity.Conversation.IsGroup, ConversationType = activity.Conversation.ConversationType, TenantId = activity.Conversation.TenantId },
        ReplyToId = activity.Id,
        ServiceUrl = activity.ServiceUrl,
        ChannelId = activity.ChannelId,
        Locale = activity.Locale,
        Text = text,
    };

    /// <summary>The reference Bot Builder stores: user = from, bot = recipient, activityId = id.</summary>
    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        // Direct Line's conversationUpdate id cannot be replied to (Bot Builder nulls it too).
        ActivityId = activity.IsType(ActivityTypes.ConversationUpdate) && activity.ChannelId is "directline" or "webchat" ? null : activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>Addresses <paramref name="activity"/> to the conversation in <paramref name="reference"/>.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        activity.Locale ??= reference.Locale;
        return activity;
    }
}
