using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using BotApp.Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// The live conversations, in memory: a local channel for one bot process, so a restart ends every
/// conversation (clients see 404 and start again). Idle ones are dropped when found or when a new one starts.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    /// <summary>Unguessable, URL-safe, and free of '|' (the activity id separator).</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
            return null;
        if (!IsIdle(conversation))
            return conversation;
        _conversations.TryRemove(KeyValuePair.Create(conversationId, conversation));
        return null;
    }

    /// <summary>Starts the conversation, or returns it with <c>Created = false</c> when it already runs.</summary>
    public (DirectLineConversation Conversation, bool Created) Start(string conversationId, ChannelAccount user, string? locale)
    {
        foreach (var idle in _conversations.Where(entry => IsIdle(entry.Value)))
            _conversations.TryRemove(idle);

        var fresh = new DirectLineConversation(conversationId, user, locale, options.Value.MaxActivitiesPerConversation, time.GetUtcNow());
        var conversation = _conversations.GetOrAdd(conversationId, fresh);
        return (conversation, ReferenceEquals(conversation, fresh));
    }

    private bool IsIdle(DirectLineConversation conversation) =>
        time.GetUtcNow() - conversation.LastUsed >= TimeSpan.FromMinutes(options.Value.ConversationIdleMinutes);
}
