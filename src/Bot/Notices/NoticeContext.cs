using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Notices;

/// <summary>The member of staff a notice is for, as the staff list has them now.</summary>
public sealed record NoticeRecipient(long StaffId, string Name, string Locale);

/// <summary>What a <see cref="INoticeRenderer"/> draws from.</summary>
/// <param name="Kind">The payload's kind, for renderers that draw several.</param>
/// <param name="Recipient">Who is told; draw text in <see cref="NoticeRecipient.Locale"/>.</param>
/// <param name="ChannelId">Where it goes ("msteams", "directline" …): cards are fitted to it (Action.Execute or Action.Submit).</param>
/// <param name="Reference">The 1:1 conversation it goes to.</param>
/// <param name="Data">The ids the handler queued (<c>Notice.Data</c>).</param>
/// <param name="SourceKey">What is announced ("plan:7:step:3:approved").</param>
public sealed record NoticeContext(
    string Kind, NoticeRecipient Recipient, string ChannelId, ConversationReference Reference, JsonObject Data, string SourceKey);
