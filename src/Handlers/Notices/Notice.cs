using System.Text.Json.Nodes;

namespace BotApp.Handlers.Notices;

/// <summary>
/// Something a member of staff is told later, in their 1:1 chat: a plan decision, a task, a reminder. Handlers queue
/// notices in the same transaction as what they announce (<see cref="NoticeQueue"/>), so a crash after the commit
/// loses none; the bot renders each one in the recipient's language when it sends it (outbox dispatcher).
/// </summary>
/// <param name="Kind">Which renderer draws it: "plan.decided", "plan.task", "plan.expiring" …</param>
/// <param name="RecipientStaffId">Who is told.</param>
/// <param name="SourceKey">What is announced, unique per recipient conversation: queuing the same key twice sends once ("plan:7:step:3:approved").</param>
/// <param name="Data">What the renderer needs (ids, not text: the text is drawn at send time).</param>
/// <param name="CardKey">The card this notice shows ("plan:7"): a later notice with the same key replaces it in place where the channel can.</param>
public sealed record Notice(string Kind, long RecipientStaffId, string SourceKey, JsonObject Data, string? CardKey = null);
