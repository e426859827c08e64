namespace BotApp.Data.Rules;

/// <summary>
/// How long an amount has been overdue, for collection lists (ADR-008). Days overdue = today − due date: on the
/// due date itself nothing is late yet. Buckets are closed ranges of days overdue: 1–30, 31–60, 61–90, 91–180, 181+.
/// </summary>
public static class ArrearsAge
{
    public static int DaysOverdue(DateOnly dueOn, DateOnly today) => today.DayNumber - dueOn.DayNumber;

    public static ArrearsAgeBucket BucketOf(DateOnly dueOn, DateOnly today) => DaysOverdue(dueOn, today) switch
    {
        <= 0 => ArrearsAgeBucket.NotYetDue,
        <= 30 => ArrearsAgeBucket.Days1To30,
        <= 60 => ArrearsAgeBucket.Days31To60,
        <= 90 => ArrearsAgeBucket.Days61To90,
        <= 180 => ArrearsAgeBucket.Days91To180,
        _ => ArrearsAgeBucket.Over180Days,
    };
}

public enum ArrearsAgeBucket
{
    NotYetDue,
    Days1To30,
    Days31To60,
    Days61To90,
    Days91To180,
    Over180Days,
}
