using System.Collections.Concurrent;
using BotApp.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Writes conversation references behind the turn: new and changed ones queue here and one write-behind item
/// upserts everything queued meanwhile with one prepared statement. (Through EF each reference cost a lookup
/// and change tracking over the whole batch; a bot meeting thousands of people an hour pays that on every turn.)
/// </summary>
public sealed class ReferenceWriter(StoreWriteBehind writeBehind)
{
    private static readonly DateTimeOffsetToBinaryConverter StoredInstant = new();
    private readonly ConcurrentQueue<(ConversationReferences Reference, string Json, DateTimeOffset At)> _pending = new();
    private int _flushQueued;

    public void Save(ConversationReferences reference, string json, DateTimeOffset at)
    {
        _pending.Enqueue((reference, json, at));
        if (Interlocked.Exchange(ref _flushQueued, 1) == 0)
            writeBehind.Enqueue(UpsertPendingAsync);
    }

    /// <summary>
    /// The bot was removed from the conversation. Queued after any save, and a save of the same conversation that
    /// is newer than the removal (the bot added back) stays active.
    /// </summary>
    public void Deactivate(string channelId, string conversationId, DateTimeOffset at) =>
        writeBehind.Enqueue(async (db, ct) =>
        {
            await UpsertPendingAsync(db, ct);
            await db.ConversationReferences.Where(r => r.ChannelId == channelId && r.ConversationId == conversationId && r.UpdatedAt <= at)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsActive, false).SetProperty(r => r.UpdatedAt, at), ct);
        });

    private async Task UpsertPendingAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _flushQueued, 0);
        if (_pending.IsEmpty)
            return;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The latest inbound serviceUrl wins (Multi-Geo); ids a later activity lacks keep their stored value.
        command.CommandText = """
            INSERT INTO ConversationReferences
                (ChannelId, ConversationId, UserId, ConversationType, ServiceUrl, UserAadObjectId, TenantId, TeamId, ReferenceJson, IsActive, UpdatedAt)
            VALUES ($channel, $conversation, $user, $type, $serviceUrl, $aad, $tenant, $team, $json, 1, $at)
            ON CONFLICT (ChannelId, ConversationId, UserId) DO UPDATE SET
                ConversationType = excluded.ConversationType, ServiceUrl = excluded.ServiceUrl,
                UserAadObjectId = coalesce(excluded.UserAadObjectId, UserAadObjectId),
                TenantId = coalesce(excluded.TenantId, TenantId), TeamId = coalesce(excluded.TeamId, TeamId),
                ReferenceJson = excluded.ReferenceJson, IsActive = 1, UpdatedAt = excluded.UpdatedAt
            """;
        var parameters = new[] { "$channel", "$conversation", "$user", "$type", "$serviceUrl", "$aad", "$tenant", "$team", "$json", "$at" }
            .Select(name => command.AddParameter(name)).ToArray();
        while (_pending.TryDequeue(out var item))
        {
            var r = item.Reference;
            object?[] values = [r.ChannelId, r.ConversationId, r.UserId, r.ConversationType, r.ServiceUrl, r.UserAadObjectId, r.TenantId, r.TeamId, item.Json, StoredInstant.ConvertToProvider(item.At)];
            for (var i = 0; i < values.Length; i++)
                parameters[i].Value = values[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
