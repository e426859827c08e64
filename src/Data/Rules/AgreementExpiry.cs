namespace BotApp.Data.Rules;

/// <summary>
/// Days to an agreement's end, from "today" in Asia/Shanghai passed in (<see cref="ShanghaiDate.Today"/>), never
/// the wall clock. EndOn is the last day in force: on it 0 days are left, the day after it has lapsed (−1).
/// Renewal windows (ADR-008) are the alert thresholds: 90, 60 and 30 days ahead.
/// </summary>
public static class AgreementExpiry
{
    public static int DaysLeft(DateOnly endOn, DateOnly today) => endOn.DayNumber - today.DayNumber;

    public static RenewalWindow WindowOf(DateOnly endOn, DateOnly today) => DaysLeft(endOn, today) switch
    {
        < 0 => RenewalWindow.Lapsed,
        <= 30 => RenewalWindow.Within30Days,
        <= 60 => RenewalWindow.Within60Days,
        <= 90 => RenewalWindow.Within90Days,
        _ => RenewalWindow.NotYet,
    };
}

public enum RenewalWindow
{
    Lapsed,
    Within30Days,
    Within60Days,
    Within90Days,
    NotYet,
}
