using System.Collections.Concurrent;
using System.Text.Json;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Saves where each user and each team channel can be reached later (proactive alerts), from every
/// inbound activity; these all passed authentication, as spec A7560 requires. A reference that has
/// not changed since this process last saved it is not written again, and a new or changed one is written
/// behind (batched, off the turn), so ordinary turns cost no database work.
/// Removing the bot (membersRemoved with the bot, installationUpdate remove) deactivates the conversation.
/// </summary>
public sealed class ConversationReferenceMiddleware(SavedReferenceCache cache, ReferenceWriter writer, TimeProvider clock) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ServiceUrl is { Length: > 0 } && activity.ChannelId is { Length: > 0 } && activity.Conversation?.Id is { Length: > 0 })
        {
            if (IsBotRemoval(activity))
                Deactivate(activity);
            else
                Save(activity);
        }
        return next(cancellationToken);
    }

    private void Save(Activity activity)
    {
        var reference = ConversationReferences.From(activity);
        var key = $"{reference.ChannelId}|{reference.ConversationId}|{reference.UserId}";
        if (cache.IsCurrent(key, reference.Fingerprint))
            return;
        cache.Remember(key, reference.Fingerprint);
        writer.Save(reference, JsonSerializer.Serialize(reference.Reference, ProtocolJson.Options), clock.GetUtcNow());
    }

    private void Deactivate(Activity activity)
    {
        cache.ForgetConversation(activity.ChannelId!, activity.Conversation!.Id!);
        writer.Deactivate(activity.ChannelId!, activity.Conversation.Id!, clock.GetUtcNow());
    }

    private static bool IsBotRemoval(Activity activity) =>
        (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action is { } action && action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        || (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true);
}

/// <summary>What this process last wrote per reference key, so unchanged references are not rewritten.</summary>
public sealed class SavedReferenceCache
{
    private readonly ConcurrentDictionary<string, string> _saved = new();

    public bool IsCurrent(string key, string fingerprint) => _saved.TryGetValue(key, out var saved) && saved == fingerprint;

    public void Remember(string key, string fingerprint) => _saved[key] = fingerprint;

    public void ForgetConversation(string channelId, string conversationId)
    {
        var prefix = $"{channelId}|{conversationId}|";
        foreach (var key in _saved.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            _saved.TryRemove(key, out _);
    }
}
