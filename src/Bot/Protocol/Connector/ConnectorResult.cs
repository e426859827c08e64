namespace BotApp.Bot.Protocol.Connector;

/// <summary>How a Connector call ended, in terms a caller can act on.</summary>
public enum ConnectorOutcome
{
    Ok,
    /// <summary>401: the channel did not accept our credentials.</summary>
    Unauthorized,
    /// <summary>403: the user blocked or removed the bot (Teams subCode MessageWritesBlocked) or we may not write here.</summary>
    BotBlocked,
    /// <summary>404: the conversation or activity is gone.</summary>
    NotFound,
    /// <summary>405: the channel cannot do this (Direct Line update/delete).</summary>
    NotSupported,
    /// <summary>429/5xx still failing after the bounded retries.</summary>
    Unavailable,
    /// <summary>Any other non-success status (400, ...).</summary>
    Failed,
}

public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value, int StatusCode, string? ErrorCode = null, string? ErrorMessage = null)
{
    public bool Succeeded => Outcome == ConnectorOutcome.Ok;

    public static ConnectorResult<T> Ok(T? value, int statusCode = 200) => new(ConnectorOutcome.Ok, value, statusCode);
}
