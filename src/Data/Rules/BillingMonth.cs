namespace BotApp.Data.Rules;

/// <summary>Billing months as yyyyMM integers (202611): compact, sortable and rangeable in SQL.</summary>
public static class BillingMonth
{
    public static int Of(DateOnly day) => (day.Year * 100) + day.Month;

    public static DateOnly FirstDay(int month) =>
        IsValid(month) ? new DateOnly(month / 100, month % 100, 1) : throw new ArgumentOutOfRangeException(nameof(month), month, "Not a yyyyMM month.");

    public static int Add(int month, int months) => Of(FirstDay(month).AddMonths(months));

    /// <summary>The latest month whose bills are final on <paramref name="today"/>: the previous calendar month.</summary>
    public static int LastClosed(DateOnly today) => Of(today.AddMonths(-1));

    public static bool IsValid(int month) => month / 100 is >= 1 and <= 9999 && month % 100 is >= 1 and <= 12;
}
