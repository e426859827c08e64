using System.Collections.Concurrent;
using System.Text.Json;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Saves where each user and each team channel can be reached later (proactive alerts), from every
/// inbound activity; these all passed authentication, as spec A7560 requires. A reference that has
/// not changed since this process last saved it is not written again, and a new or changed one is written
/// behind (batched, off the turn), so ordinary turns cost no database work.
/// Removing the bot (membersRemoved with the bot, installationUpdate remove) deactivates the conversation.
/// </summary>
public sealed class ConversationReferenceMiddleware(SavedReferenceCache cache, StoreWriteBehind writeBehind, TimeProvider clock) : IMiddleware
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
        var json = JsonSerializer.Serialize(reference.Reference, ProtocolJson.Options);
        var now = clock.GetUtcNow();
        writeBehind.Enqueue((store, ct) => UpsertAsync(store, reference, json, now, ct));
    }

    private static async Task UpsertAsync(BotDbContext store, ConversationReferences reference, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = store.ConversationReferences.Local.SingleOrDefault(r => Matches(r, reference))
            ?? await store.ConversationReferences.SingleOrDefaultAsync(
                r => r.ChannelId == reference.ChannelId && r.ConversationId == reference.ConversationId && r.UserId == reference.UserId, cancellationToken);
        if (record is null)
        {
            record = new ConversationReferenceRecord
            {
                ChannelId = reference.ChannelId,
                ConversationId = reference.ConversationId,
                UserId = reference.UserId,
                ConversationType = reference.ConversationType,
                ServiceUrl = reference.ServiceUrl,
                ReferenceJson = json,
            };
            store.ConversationReferences.Add(record);
        }
        record.ConversationType = reference.ConversationType;
        record.ServiceUrl = reference.ServiceUrl; // Multi-Geo: the latest inbound serviceUrl wins
        record.UserAadObjectId = reference.UserAadObjectId ?? record.UserAadObjectId;
        record.TenantId = reference.TenantId ?? record.TenantId;
        record.TeamId = reference.TeamId ?? record.TeamId;
        record.ReferenceJson = json;
        record.IsActive = true;
        record.UpdatedAt = now;
    }

    private static bool Matches(ConversationReferenceRecord r, ConversationReferences reference) =>
        r.ChannelId == reference.ChannelId && r.ConversationId == reference.ConversationId && r.UserId == reference.UserId;

    // Through the same queue as saves, so it cannot overtake a save of the same conversation still queued.
    private void Deactivate(Activity activity)
    {
        var (channelId, conversationId, now) = (activity.ChannelId!, activity.Conversation!.Id!, clock.GetUtcNow());
        cache.ForgetConversation(channelId, conversationId);
        writeBehind.Enqueue(async (store, ct) =>
        {
            await store.SaveChangesAsync(ct); // earlier upserts in this batch first
            await store.ConversationReferences.Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsActive, false).SetProperty(r => r.UpdatedAt, now), ct);
        });
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
