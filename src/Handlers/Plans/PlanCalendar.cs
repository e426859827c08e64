using BotApp.Data.Rules;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Dates and due times of plans in the configured zone (PlanApproval:TimeZone) and working-day calendar: today,
/// the implementation deadline, the start of a local day. Singleton, built from the validated options.
/// </summary>
public sealed class PlanCalendar(PlanApprovalOptions options)
{
    public TimeZoneInfo Zone { get; } = FindZone(options.TimeZone) ?? throw new ArgumentException($"Unknown time zone '{options.TimeZone}'", nameof(options));

    public WorkingDays WorkingDays { get; } = new(options.Holidays, options.MakeUpWorkdays);

    public DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    /// <summary>When the business support center must have implemented a plan approved at <paramref name="approvedAt"/>.</summary>
    public DateTimeOffset ImplementationDueAt(DateTimeOffset approvedAt) => WorkingDays.DueAt(approvedAt, options.ImplementationDue, Zone);

    /// <summary>The instant the local day begins, in UTC: "reminded today" is "reminded since then".</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>China has had no daylight saving since 1991, so a fixed +8 is exact for Asia/Shanghai when tzdata is missing.</summary>
    public static TimeZoneInfo? FindZone(string? id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id ?? "", out var zone) ? zone
        : id == "Asia/Shanghai" ? TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time")
        : null;
}
