using BotApp.Bot.Cards;
using BotApp.Bot.Middleware;
using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Notices;

/// <summary>
/// The Teams user ids (29:…) of members of staff, for an Adaptive Card's <c>refresh.userIds</c> (Universal Actions,
/// digest §4.3): the user id of each one's active Teams 1:1 chat with the bot. Someone who never opened one is left out
/// and sees the card as sent. Teams reads at most 60 ids; trimming to that is the caller's choice of whom to favour.
/// </summary>
public sealed class StaffChannelIds(BotDbContext db)
{
    public async Task<IReadOnlyList<string>> TeamsUserIdsAsync(IEnumerable<long> staffIds, CancellationToken cancellationToken)
    {
        var ids = staffIds.Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var chats = db.ConversationReferences.Where(r => r.IsActive && r.ChannelId == CardChannelAdapter.Teams
            && r.ConversationType == ConversationReferences.Personal && r.UserId != "");
        return await db.Staff
            .Where(s => ids.Contains(s.Id) && s.AadObjectId != null)
            .Join(chats, s => s.AadObjectId, r => r.UserAadObjectId, (_, r) => r.UserId)
            .Distinct().OrderBy(id => id)
            .ToListAsync(cancellationToken);
    }
}
