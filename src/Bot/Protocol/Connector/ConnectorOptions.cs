namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// Retry and pacing limits for calls to the channel (section <c>Connector</c>). The defaults follow
/// the Teams guidance: a few retries with backoff, and about 7 messages a second, 60 per 30 seconds, per thread.
/// </summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Retries after the first attempt, for 412/429/502/503/504 and network failures.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff when the channel gives no Retry-After; doubles per retry, ±20% jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is not waited out: the call fails as Unavailable at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>One attempt that takes longer is abandoned and retried; <see cref="Timeout.InfiniteTimeSpan"/> turns this off.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MessagesPerSecond { get; set; } = 7;

    public int MessagesPer30Seconds { get; set; } = 60;

    internal bool IsValid() =>
        MaxRetries >= 0 && BaseDelay >= TimeSpan.Zero && MaxDelay >= BaseDelay && MaxRetryAfter >= TimeSpan.Zero
        && (AttemptTimeout > TimeSpan.Zero || AttemptTimeout == Timeout.InfiniteTimeSpan)
        && MessagesPerSecond > 0 && MessagesPer30Seconds > 0;
}
