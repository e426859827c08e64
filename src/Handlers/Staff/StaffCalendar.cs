using BotApp.Data.Rules;

namespace BotApp.Handlers.Staff;

/// <summary>
/// The calendar day of a member of staff: "today", "this month" and days-to-go are counted in their own time zone
/// (Staff.TimeZone, default Asia/Shanghai), so a date on a card means what the reader expects. An unknown zone id
/// falls back to Asia/Shanghai, the operator's.
/// </summary>
public static class StaffCalendar
{
    public static DateOnly Today(this StaffMember staff, TimeProvider time) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(staff.TimeZone, out var zone)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime)
            : ShanghaiDate.Today(time);
}
