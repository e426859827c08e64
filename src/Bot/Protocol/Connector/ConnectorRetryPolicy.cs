using System.Net;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// Which answers are worth another try and how long to wait first (protocol digest §2.2).
/// 4xx other than 412/429 mean the request itself is wrong or forbidden, so repeating it cannot help.
/// </summary>
public sealed class ConnectorRetryPolicy(ConnectorOptions options, TimeProvider time)
{
    public static bool IsRetryable(HttpStatusCode status) => status is
        HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests or
        HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait before retrying <paramref name="response"/>, or null when the channel asks for longer than we are willing to wait.</summary>
    public TimeSpan? DelayBefore(int retry, HttpResponseMessage response)
    {
        var retryAfter = RetryAfter(response);
        if (retryAfter is null)
            return Backoff(retry);
        return retryAfter <= options.MaxRetryAfter ? retryAfter : null;
    }

    /// <summary>Exponential backoff with jitter, so many senders throttled at once do not come back in step.</summary>
    public TimeSpan Backoff(int retry)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var jittered = Math.Min(exponential, options.MaxDelay.TotalMilliseconds) * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.MaxDelay.TotalMilliseconds));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => NotNegative(delta),
        { Date: { } date } => NotNegative(date - time.GetUtcNow()),
        _ => null,
    };

    private static TimeSpan NotNegative(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
