using System.Net;
using System.Net.Http.Json;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Infrastructure;

/// <summary>
/// A bare Connector client over the named HttpClient, registered with TryAdd so that the real one wins
/// once it is merged; until then it lets turns send replies in tests. No auth, no retries.
/// </summary>
public sealed class InterimConnectorClient(IHttpClientFactory clients) : IConnectorClient
{
    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, Url(serviceUrl, conversationId, "activities"), activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, Url(serviceUrl, conversationId, $"activities/{Uri.EscapeDataString(activityId)}"), activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, Url(serviceUrl, conversationId, $"activities/{Uri.EscapeDataString(activityId)}"), activity, cancellationToken);

    public async Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var result = await SendAsync<object>(HttpMethod.Delete, Url(serviceUrl, conversationId, $"activities/{Uri.EscapeDataString(activityId)}"), null, cancellationToken);
        return new ConnectorResult<bool>(result.Outcome, result.Succeeded, result.StatusCode);
    }

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, $"{serviceUrl.TrimEnd('/')}/v3/conversations", parameters, cancellationToken);

    public async Task<ConnectorResult<IReadOnlyList<ChannelAccount>>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var result = await SendAsync<List<ChannelAccount>>(HttpMethod.Get, Url(serviceUrl, conversationId, "members"), null, cancellationToken);
        return new ConnectorResult<IReadOnlyList<ChannelAccount>>(result.Outcome, result.Value, result.StatusCode);
    }

    private static string Url(string serviceUrl, string conversationId, string rest) =>
        $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/{rest}";

    private async Task<ConnectorResult<T>> SendAsync<T>(HttpMethod method, string url, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        using var response = await clients.CreateClient(ConnectorHttp.ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            return new ConnectorResult<T>(Outcome(response.StatusCode), default, (int)response.StatusCode, ErrorMessage: await response.Content.ReadAsStringAsync(cancellationToken));
        var value = response.Content.Headers.ContentLength is 0 ? default : await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken);
        return ConnectorResult<T>.Ok(value, (int)response.StatusCode);
    }

    private static ConnectorOutcome Outcome(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => ConnectorOutcome.Unauthorized,
        HttpStatusCode.Forbidden => ConnectorOutcome.BotBlocked,
        HttpStatusCode.NotFound => ConnectorOutcome.NotFound,
        HttpStatusCode.MethodNotAllowed => ConnectorOutcome.NotSupported,
        HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError => ConnectorOutcome.Unavailable,
        _ => ConnectorOutcome.Failed,
    };
}
