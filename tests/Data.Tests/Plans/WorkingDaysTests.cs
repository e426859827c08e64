using BotApp.Data.Rules;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

/// <summary>2026: National Day holidays Thursday 1 – Wednesday 7 October (weekdays 1, 2, 5, 6, 7), made up on Saturday 10 October.</summary>
public sealed class WorkingDaysTests
{
    private static readonly DateOnly[] Holidays = [new(2026, 10, 1), new(2026, 10, 2), new(2026, 10, 5), new(2026, 10, 6), new(2026, 10, 7)];
    private static readonly DateOnly[] MakeUp = [new(2026, 10, 10)];
    private static readonly TimeZoneInfo Shanghai = PlanCalendar.FindZone("Asia/Shanghai")!;
    private readonly WorkingDays _days = new(Holidays, MakeUp);

    [Theory]
    [InlineData("2026-11-23", "2026-11-24")] // Monday → Tuesday
    [InlineData("2026-11-27", "2026-11-30")] // Friday → Monday
    [InlineData("2026-11-28", "2026-11-30")] // Saturday → Monday
    [InlineData("2026-09-30", "2026-10-08")] // before the holidays → the Thursday after them
    [InlineData("2026-10-09", "2026-10-10")] // Friday → the make-up Saturday
    [InlineData("2026-10-10", "2026-10-12")] // the make-up Saturday → Monday
    public void The_next_working_day_skips_weekends_and_holidays_and_counts_make_up_days(string day, string next)
    {
        Assert.Equal(DateOnly.Parse(next, System.Globalization.CultureInfo.InvariantCulture), _days.Next(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Holidays_are_not_working_days_and_make_up_weekend_days_are()
    {
        Assert.False(_days.IsWorkingDay(new(2026, 10, 5)));
        Assert.True(_days.IsWorkingDay(new(2026, 10, 10)));
        Assert.False(_days.IsWorkingDay(new(2026, 10, 11)));
        Assert.True(_days.IsWorkingDay(new(2026, 10, 8)));
    }

    [Fact]
    public void Due_is_the_same_local_time_on_the_next_working_day()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.FromHours(8)), _days.DueAt(friday, 1, Shanghai));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.FromHours(8)), _days.DueAt(friday, 2, Shanghai));
    }

    [Fact]
    public void The_day_is_the_local_one_not_the_servers()
    {
        // Thursday 17:00 UTC is already Friday 01:00 in Shanghai: due Monday, not Friday.
        var instant = new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);

        var due = _days.DueAt(instant, 1, Shanghai);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.FromHours(8)), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }
}
