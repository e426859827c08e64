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
/// not changed since this process last saved it is not written again, so ordinary turns cost no write.
/// Removing the bot (membersRemoved with the bot, installationUpdate remove) deactivates the conversation.
/// </summary>
public sealed class ConversationReferenceMiddleware(BotDbContext db, SavedReferenceCache cache, TimeProvider clock) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ServiceUrl is { Length: > 0 } && activity.ChannelId is { Length: > 0 } && activity.Conversation?.Id is { Length: > 0 })
        {
            if (IsBotRemoval(activity))
                await DeactivateAsync(activity, cancellationToken);
            else
                await SaveAsync(activity, cancellationToken);
        }
        await next(cancellationToken);
    }

    private async Task SaveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = ConversationReferences.From(activity);
        var json = JsonSerializer.Serialize(reference.Reference, ProtocolJson.Options);
        var key = $"{reference.ChannelId}|{reference.ConversationId}|{reference.UserId}";
        if (cache.IsCurrent(key, json))
            return;

        var record = await db.ConversationReferences.SingleOrDefaultAsync(
            r => r.ChannelId == reference.ChannelId && r.ConversationId == reference.ConversationId && r.UserId == reference.UserId, cancellationToken);
        if (record is null)
        {
            record = new ConversationReferenceRecord
            {
                ChannelId = reference.ChannelId, ConversationId = reference.ConversationId, UserId = reference.UserId,
                ConversationType = reference.ConversationType, ServiceUrl = reference.ServiceUrl, ReferenceJson = json,
            };
            db.ConversationReferences.Add(record);
        }
        record.ConversationType = reference.ConversationType;
        record.ServiceUrl = reference.ServiceUrl; // Multi-Geo: the latest inbound serviceUrl wins
        record.UserAadObjectId = reference.UserAadObjectId ?? record.UserAadObjectId;
        record.TenantId = reference.TenantId ?? record.TenantId;
        record.TeamId = reference.TeamId ?? record.TeamId;
        record.ReferenceJson = json;
        record.IsActive = true;
        record.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Remember(key, json);
    }

    private async Task DeactivateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        await db.ConversationReferences
            .Where(r => r.ChannelId == activity.ChannelId && r.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsActive, false).SetProperty(r => r.UpdatedAt, clock.GetUtcNow()), cancellationToken);
        cache.ForgetConversation(activity.ChannelId!, conversationId);
    }

    private static bool IsBotRemoval(Activity activity) =>
        (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action is { } action && action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        || (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true);
}

/// <summary>What this process last wrote per reference key, so unchanged references are not rewritten.</summary>
public sealed class SavedReferenceCache
{
    private readonly ConcurrentDictionary<string, string> _saved = new();

    public bool IsCurrent(string key, string json) => _saved.TryGetValue(key, out var saved) && saved == json;

    public void Remember(string key, string json) => _saved[key] = json;

    public void ForgetConversation(string channelId, string conversationId)
    {
        var prefix = $"{channelId}|{conversationId}|";
        foreach (var key in _saved.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            _saved.TryRemove(key, out _);
    }
}
