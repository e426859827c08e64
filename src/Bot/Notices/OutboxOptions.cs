namespace BotApp.Bot.Notices;

/// <summary>
/// How the outbox dispatcher looks for due messages and retries failed ones (section <c>Outbox</c>). With the defaults a
/// message is tried 8 times over about an hour (30 s, 1, 2, 4, 8, 16, 32 min apart) before it is given up.
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often due rows are looked for when nothing woke the dispatcher: retries fall due, other writers queue.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Tries per message, the first included; then it is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed try; it doubles with each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The wait before the next try after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var doubled = RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(doubled, MaxRetryDelay.TotalMilliseconds));
    }

    // A zero delay would make a failing row due again within the same pass.
    internal bool IsValid() =>
        PollInterval > TimeSpan.Zero && MaxAttempts > 0 && RetryDelay > TimeSpan.Zero && MaxRetryDelay >= RetryDelay;
}
