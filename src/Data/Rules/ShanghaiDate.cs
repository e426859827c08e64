namespace BotApp.Data.Rules;

/// <summary>
/// The business day, in the operator's time zone: calendar rules (arrears age, agreement expiry, billing months)
/// take a DateOnly from here so tests pin it with a FakeTimeProvider and a server in UTC gets the same answer.
/// </summary>
public static class ShanghaiDate
{
    /// <summary>China has had no daylight saving since 1991, so a fixed +8 is exact when tzdata is missing.</summary>
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
}
