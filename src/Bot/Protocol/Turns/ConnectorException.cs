using BotApp.Bot.Protocol.Connector;

namespace BotApp.Bot.Protocol.Turns;

/// <summary>A send inside a turn failed; the error middleware turns it into an apology and a log line.</summary>
public sealed class ConnectorException(ConnectorOutcome outcome, int statusCode, string? detail)
    : Exception($"Connector call failed: {outcome} (HTTP {statusCode}) {detail}")
{
    public ConnectorOutcome Outcome { get; } = outcome;

    public int StatusCode { get; } = statusCode;
}
