using BotApp.Handlers.Customers;
using BotApp.Handlers.Staff;

namespace BotApp.Data.Tests.Customers;

/// <summary>
/// "This month" and "today" are the viewer's. At 2026-11-30 16:30 UTC it is already 1 December in Shanghai but still
/// 30 November in UTC: 港城's agreement (last day 30 November) ends this month only for the second viewer.
/// </summary>
public sealed class LookupTimeZoneTests(LookupWorldFixture fixture) : IClassFixture<LookupWorldFixture>
{
    private static readonly DateTimeOffset ShanghaiMidnightPassed = new(2026, 11, 30, 16, 30, 0, TimeSpan.Zero);

    private readonly LookupWorld _world = fixture.World;

    [Fact]
    public async Task This_month_in_shanghai_has_turned_to_december_after_midnight_there()
    {
        var page = await _world.FindAsync(LookupWorld.Member(_world.Wang), new(AgreementsEnding: new(ThisMonth: true)), LookupWorld.Clock(ShanghaiMidnightPassed));

        Assert.Equal(["余姚华东模具有限公司"], page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task This_month_is_still_november_for_a_viewer_in_utc()
    {
        var viewer = LookupWorld.Member(_world.Wang) with { TimeZone = "UTC" };

        var page = await _world.FindAsync(viewer, new(AgreementsEnding: new(ThisMonth: true)), LookupWorld.Clock(ShanghaiMidnightPassed));

        Assert.Equal(["余姚港城物流有限公司"], page.Items.Select(c => c.Name));
    }

    [Theory]
    [InlineData("Asia/Shanghai", 2026, 12, 1)]
    [InlineData("UTC", 2026, 11, 30)]
    [InlineData("Not/AZone", 2026, 12, 1)]
    public void Today_is_the_viewers_date_with_shanghai_for_an_unknown_zone(string zone, int year, int month, int day)
    {
        var viewer = LookupWorld.Member(_world.Wang) with { TimeZone = zone };

        Assert.Equal(new DateOnly(year, month, day), viewer.Today(LookupWorld.Clock(ShanghaiMidnightPassed)));
    }

    [Theory]
    [InlineData(30, false, 2026, 12, 31)]
    [InlineData(0, false, 2026, 12, 1)]
    [InlineData(-5, false, 2026, 12, 1)]
    [InlineData(30, true, 2026, 12, 31)]
    public void The_window_ends_days_ahead_or_at_the_end_of_the_month(int days, bool thisMonth, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), LookupCriteria.EndOf(new AgreementWindow(days, thisMonth), new DateOnly(2026, 12, 1)));

    [Fact]
    public void The_end_of_february_in_a_leap_year_is_the_29th() =>
        Assert.Equal(new DateOnly(2028, 2, 29), LookupCriteria.EndOf(new AgreementWindow(ThisMonth: true), new DateOnly(2028, 2, 3)));
}
