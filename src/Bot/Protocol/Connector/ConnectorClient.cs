using System.Net.Http.Headers;
using System.Text.Json;
using BotApp.Bot.Protocol.Auth;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// The Connector REST client over the one pooled <see cref="ConnectorHttp.ClientName"/> HttpClient, whose
/// <see cref="ConnectorRetryHandler"/> does the retrying. Messages to one conversation are paced (Teams limits).
/// </summary>
public sealed class ConnectorClient(
    IHttpClientFactory httpClients, IConnectorTokenProvider tokens, ConversationPacer pacer, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public async Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = null; // the channel assigns ids; bots do not send them (A2041)
        await pacer.WaitTurnAsync(serviceUrl, conversationId, cancellationToken);
        return await CallAsync(HttpMethod.Post, serviceUrl, ConnectorRoutes.Activities(conversationId), activity, ConnectorResponse.Json<ResourceResponse>, cancellationToken);
    }

    public async Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = null;
        await pacer.WaitTurnAsync(serviceUrl, conversationId, cancellationToken);
        return await CallAsync(HttpMethod.Post, serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), activity, ConnectorResponse.Json<ResourceResponse>, cancellationToken);
    }

    /// <summary>Replaces the activity (full body). Direct Line answers 405, which comes back as NotSupported.</summary>
    public async Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(serviceUrl, conversationId, cancellationToken);
        return await CallAsync(HttpMethod.Put, serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), activity, ConnectorResponse.Json<ResourceResponse>, cancellationToken);
    }

    public Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallAsync<object, bool>(HttpMethod.Delete, serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), null, _ => true, cancellationToken);

    /// <summary>Proactive 1:1 chat. Teams needs the tenant both as <c>tenantId</c> and <c>channelData.tenant.id</c> (digest §6.1).</summary>
    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, ConnectorRoutes.Conversations, parameters, ConnectorResponse.Json<ConversationResourceResponse>, cancellationToken);

    /// <summary>Teams throttles this to a few calls a minute; prefer <see cref="GetConversationPagedMembersAsync"/>.</summary>
    public Task<ConnectorResult<IReadOnlyList<ChannelAccount>>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        CallAsync<object, IReadOnlyList<ChannelAccount>>(HttpMethod.Get, serviceUrl, ConnectorRoutes.Members(conversationId), null, ConnectorResponse.Json<List<ChannelAccount>>, cancellationToken);

    public Task<ConnectorResult<PagedMembersResult>> GetConversationPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        CallAsync<object, PagedMembersResult>(HttpMethod.Get, serviceUrl, ConnectorRoutes.PagedMembers(conversationId, pageSize, continuationToken), null, ConnectorResponse.Json<PagedMembersResult>, cancellationToken);

    private async Task<ConnectorResult<T>> CallAsync<TBody, T>(
        HttpMethod method, string serviceUrl, string path, TBody? body, Func<string, T?> readValue, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, ConnectorRoutes.Resolve(serviceUrl, path));
        if (body is not null)
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, ProtocolJson.Options)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };
        if (await tokens.GetTokenAsync(serviceUrl, cancellationToken) is { Length: > 0 } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        try
        {
            using var response = await httpClients.CreateClient(ConnectorHttp.ClientName).SendAsync(request, cancellationToken);
            var result = await ConnectorResponse.ReadAsync(response, readValue, cancellationToken);
            if (!result.Succeeded)
                logger.LogWarning("Connector {Method} {Path} on {Host} failed: {Outcome} HTTP {Status} {ErrorCode} {ErrorMessage} (X-Correlating-OperationId {CorrelationId})",
                    method, path, request.RequestUri!.Host, result.Outcome, result.StatusCode, result.ErrorCode, result.ErrorMessage, CorrelationId(response));
            return result;
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The retries are spent (or the client's overall timeout hit): an outage, not a bug in the request.
            logger.LogWarning(exception, "Connector {Method} {Path} on {Host} unreachable", method, path, request.RequestUri!.Host);
            return new ConnectorResult<T>(ConnectorOutcome.Unavailable, default, 0, null, exception.Message);
        }
    }

    private static string? CorrelationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? string.Join(",", values) : null;
}
