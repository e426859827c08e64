using BotApp.Data.Rules;

namespace BotApp.Data.Demo;

/// <summary>
/// The dates the demo data hangs on, all derived from "today" in Asia/Shanghai: the same seed and the same today
/// give the same database. Bills cover <see cref="Months"/> closed months ending at the last closed one; instants
/// (work orders, plan decisions) count back from a fixed time of today, not from the wall clock.
/// </summary>
public sealed class DemoCalendar
{
    public const int Months = 24;

    public DemoCalendar(DateOnly today)
    {
        Today = today;
        LastClosedMonth = BillingMonth.LastClosed(today);
        FirstMonth = BillingMonth.Add(LastClosedMonth, 1 - Months);
        Now = new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)).ToUniversalTime();
    }

    public DateOnly Today { get; }

    /// <summary>09:30 today, Shanghai time, as UTC: "now" for generated instants.</summary>
    public DateTimeOffset Now { get; }

    public int LastClosedMonth { get; }

    public int FirstMonth { get; }

    /// <summary>Index 0 = <see cref="FirstMonth"/>, <see cref="Months"/> − 1 = <see cref="LastClosedMonth"/>.</summary>
    public int MonthAt(int index) => BillingMonth.Add(FirstMonth, index);

    /// <summary>Which window index a day's month has; negative before the window.</summary>
    public int IndexOf(DateOnly day) => ((day.Year - (FirstMonth / 100)) * 12) + day.Month - (FirstMonth % 100);

    /// <summary>Bills are due at the end of the month after the billing month (缴费期).</summary>
    public static DateOnly DueOn(int billMonth)
    {
        var next = BillingMonth.FirstDay(billMonth).AddMonths(1);
        return next.AddDays(DateTime.DaysInMonth(next.Year, next.Month) - 1);
    }
}
