using BotApp.Data.Rules;

namespace BotApp.Data.Tests.Rules;

public sealed class ArrearsAgeTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData(-5, ArrearsAgeBucket.NotYetDue)]
    [InlineData(0, ArrearsAgeBucket.NotYetDue)]
    [InlineData(1, ArrearsAgeBucket.Days1To30)]
    [InlineData(30, ArrearsAgeBucket.Days1To30)]
    [InlineData(31, ArrearsAgeBucket.Days31To60)]
    [InlineData(60, ArrearsAgeBucket.Days31To60)]
    [InlineData(61, ArrearsAgeBucket.Days61To90)]
    [InlineData(90, ArrearsAgeBucket.Days61To90)]
    [InlineData(91, ArrearsAgeBucket.Days91To180)]
    [InlineData(180, ArrearsAgeBucket.Days91To180)]
    [InlineData(181, ArrearsAgeBucket.Over180Days)]
    [InlineData(1000, ArrearsAgeBucket.Over180Days)]
    public void Days_overdue_fall_in_closed_buckets(int daysOverdue, ArrearsAgeBucket bucket)
    {
        var dueOn = Today.AddDays(-daysOverdue);

        Assert.Equal(daysOverdue, ArrearsAge.DaysOverdue(dueOn, Today));
        Assert.Equal(bucket, ArrearsAge.BucketOf(dueOn, Today));
    }

    [Fact]
    public void Age_counts_calendar_days_across_a_month_end()
    {
        Assert.Equal(1, ArrearsAge.DaysOverdue(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1)));
        Assert.Equal(2, ArrearsAge.DaysOverdue(new DateOnly(2028, 2, 28), new DateOnly(2028, 3, 1)));
    }
}
