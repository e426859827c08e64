using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>; a null token means the last page.</summary>
public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<ChannelAccount>? Members);
