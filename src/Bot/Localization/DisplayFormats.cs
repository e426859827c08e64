using System.Globalization;

namespace BotApp.Bot.Localization;

/// <summary>Months, dates and times as the reader expects them: 2026年10月 / Oct 2026; times in the reader's time zone.</summary>
public static class DisplayFormats
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>A billing month (yyyyMM).</summary>
    public static string Month(int yyyyMM, string? locale) =>
        ResxLocalizer.IsEnglish(locale)
            ? new DateTime(yyyyMM / 100, yyyyMM % 100, 1).ToString("MMM yyyy", English)
            : $"{yyyyMM / 100}年{yyyyMM % 100}月";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as wall-clock time in <paramref name="timeZoneId"/> (IANA, e.g. Asia/Shanghai; unknown zones read as Shanghai).</summary>
    public static string LocalTime(DateTimeOffset at, string? timeZoneId) =>
        TimeZoneInfo.ConvertTime(at, Zone(timeZoneId)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string? id) =>
        id is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone
        : TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var shanghai) ? shanghai
        : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
}
