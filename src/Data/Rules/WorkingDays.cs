namespace BotApp.Data.Rules;

/// <summary>
/// The operator's working-day calendar: Monday to Friday, minus public holidays, plus the weekend days worked in their
/// place (调休 make-up workdays). Both lists change every year with the State Council's notice, so they come from
/// configuration, never from code. Pure: the caller passes dates, instants and the zone.
/// </summary>
public sealed class WorkingDays(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _makeUpWorkdays = [.. makeUpWorkdays];

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The first working day after <paramref name="day"/>, whatever <paramref name="day"/> itself is.</summary>
    public DateOnly Next(DateOnly day)
    {
        do
            day = day.AddDays(1);
        while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="day"/>.</summary>
    public DateOnly After(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        for (var i = 0; i < count; i++)
            day = Next(day);
        return day;
    }

    /// <summary>
    /// "Within n working days": the same local time of day, in <paramref name="zone"/>, on the n-th working day after the
    /// local date of <paramref name="from"/>. Returned in UTC, as instants are stored.
    /// </summary>
    public DateTimeOffset DueAt(DateTimeOffset from, int workingDays, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        var due = After(DateOnly.FromDateTime(local), workingDays).ToDateTime(TimeOnly.FromDateTime(local));
        // A zone with daylight saving can skip that local time on the due day; the hour after it is what a person means.
        if (zone.IsInvalidTime(due))
            due = due.AddHours(1);
        return new DateTimeOffset(due, zone.GetUtcOffset(due)).ToUniversalTime();
    }
}
