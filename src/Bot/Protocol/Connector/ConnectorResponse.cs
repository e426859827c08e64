using System.Net;
using System.Text.Json;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>Turns the channel's HTTP answer into a <see cref="ConnectorResult{T}"/> the bot can act on.</summary>
public static class ConnectorResponse
{
    public static ConnectorOutcome OutcomeOf(HttpStatusCode status) => status switch
    {
        >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices => ConnectorOutcome.Ok,
        HttpStatusCode.Unauthorized => ConnectorOutcome.Unauthorized,
        HttpStatusCode.Forbidden => ConnectorOutcome.BotBlocked,
        HttpStatusCode.NotFound => ConnectorOutcome.NotFound,
        HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented => ConnectorOutcome.NotSupported,
        // Only reached once the retries are spent: the channel is busy or down, try again later.
        HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError => ConnectorOutcome.Unavailable,
        _ => ConnectorOutcome.Failed,
    };

    public static async Task<ConnectorResult<T>> ReadAsync<T>(HttpResponseMessage response, Func<string, T?> readValue, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var outcome = OutcomeOf(response.StatusCode);
        if (outcome == ConnectorOutcome.Ok)
            return ConnectorResult<T>.Ok(readValue(body), status);
        var (code, message) = ConnectorError.Parse(body);
        return new ConnectorResult<T>(outcome, default, status, code, message ?? response.ReasonPhrase);
    }

    /// <summary>
    /// A success body as <typeparamref name="T"/>; empty or unreadable gives null. The channel took the call,
    /// so failing here would only make the caller send the message twice (offline-directline answers 200 with no body).
    /// </summary>
    public static T? Json<T>(string body) where T : class
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            return JsonSerializer.Deserialize<T>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
