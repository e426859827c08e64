using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Notices;

/// <summary>
/// Adds a notice to the outbox, once per 1:1 conversation the recipient has with the bot (Teams, Web Chat), without
/// saving: the caller's SaveChanges commits it with what it announces. A recipient who never chatted with the bot
/// has nowhere to be told and gets nothing queued (the number returned says so).
/// </summary>
public static class NoticeQueue
{
    public const string PayloadKind = "kind";
    public const string PayloadData = "data";

    public static async Task<int> QueueAsync(BotDbContext db, Notice notice, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.Id == notice.RecipientStaffId)
            .Select(s => new { s.AadObjectId, s.WebChatId }).SingleOrDefaultAsync(cancellationToken);
        if (staff is null)
            return 0;
        var references = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.IsActive && r.ConversationType == "personal"
                && ((staff.AadObjectId != null && r.UserAadObjectId == staff.AadObjectId) || (staff.WebChatId != null && r.UserId == staff.WebChatId)))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var queued = await db.Outbox.Where(o => o.SourceKey == notice.SourceKey).Select(o => o.ConversationReferenceId).ToListAsync(cancellationToken);
        var payload = new System.Text.Json.Nodes.JsonObject { [PayloadKind] = notice.Kind, [PayloadData] = notice.Data.DeepClone() }.ToJsonString();
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var referenceId in references.Except(queued))
        {
            db.Outbox.Add(new OutboxMessage
            {
                SourceKey = notice.SourceKey,
                ConversationReferenceId = referenceId,
                PayloadJson = payload,
                CardKey = notice.CardKey,
                CreatedAt = now,
                NextAttemptAt = now,
            });
            added++;
        }
        return added;
    }
}
