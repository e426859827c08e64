using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// The Connector REST API (bot → channel) at <c>{serviceUrl}v3/conversations/...</c>.
/// Expected failures (blocked, gone, unsupported) come back as a <see cref="ConnectorResult{T}"/>, not an exception.
/// </summary>
public interface IConnectorClient
{
    Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<ConnectorResult<IReadOnlyList<ChannelAccount>>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);

    /// <summary>One page of members; pass the returned continuation token for the next. Teams prefers this to the unpaged list.</summary>
    Task<ConnectorResult<PagedMembersResult>> GetConversationPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}
