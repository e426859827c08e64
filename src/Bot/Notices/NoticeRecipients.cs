using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Notices;

/// <summary>
/// The member of staff a 1:1 conversation belongs to, matched as NoticeQueue matched them when queuing: by Entra object id
/// in Teams, by the Direct Line user id (Staff.WebChatId) in Web Chat.
/// </summary>
internal static class NoticeRecipients
{
    public static Task<NoticeRecipient?> FindAsync(BotDbContext db, ConversationReferenceRecord conversation, CancellationToken cancellationToken)
    {
        var (aad, userId) = (conversation.UserAadObjectId, conversation.UserId);
        return db.Staff.AsNoTracking()
            .Where(s => (aad != null && s.AadObjectId == aad) || (s.WebChatId != null && s.WebChatId == userId))
            .Select(s => new NoticeRecipient(s.Id, s.Name, s.Locale))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
