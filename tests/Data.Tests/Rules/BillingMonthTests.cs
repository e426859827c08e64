using BotApp.Data.Rules;

namespace BotApp.Data.Tests.Rules;

public sealed class BillingMonthTests
{
    [Theory]
    [InlineData(202601, -1, 202512)]
    [InlineData(202612, 1, 202701)]
    [InlineData(202610, -2, 202608)]
    [InlineData(202603, -24, 202403)]
    public void Adds_months_across_year_ends(int month, int add, int expected) =>
        Assert.Equal(expected, BillingMonth.Add(month, add));

    [Theory]
    [InlineData("2026-01-01", 202512)]
    [InlineData("2026-01-31", 202512)]
    [InlineData("2026-03-01", 202602)]
    public void The_last_closed_month_is_the_previous_calendar_month(string today, int expected) =>
        Assert.Equal(expected, BillingMonth.LastClosed(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(202600, false)]
    [InlineData(202613, false)]
    [InlineData(2026, false)]
    [InlineData(202601, true)]
    [InlineData(202612, true)]
    public void Only_yyyyMM_with_a_real_month_is_valid(int month, bool valid) =>
        Assert.Equal(valid, BillingMonth.IsValid(month));

    [Fact]
    public void An_invalid_month_has_no_first_day() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BillingMonth.FirstDay(202613));
}
