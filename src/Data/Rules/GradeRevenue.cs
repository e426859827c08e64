namespace BotApp.Data.Rules;

/// <summary>
/// The "monthly revenue" a grade is computed from (ADR-006): the average mobile revenue of the last three closed
/// billing months, rounded to the fen. A month without a mobile bill counts as zero — except months before the
/// customer's first mobile bill, so a new customer is graded on the months it has been billed, not dragged down
/// for months it was not yet a customer.
/// </summary>
public static class GradeRevenue
{
    public const int WindowMonths = 3;

    /// <param name="mobileBills">Mobile revenue by billing month (yyyyMM); several entries per month are summed.</param>
    /// <param name="lastClosedMonth">The latest month whose bills are final (<see cref="BillingMonth.LastClosed"/>).</param>
    public static decimal Of(IEnumerable<(int Month, decimal Revenue)> mobileBills, int lastClosedMonth)
    {
        var firstWindowMonth = BillingMonth.Add(lastClosedMonth, 1 - WindowMonths);
        var upToClose = mobileBills.Where(b => b.Month <= lastClosedMonth).ToList();
        if (upToClose.Count == 0)
            return 0m;

        var firstBilled = upToClose.Min(b => b.Month);
        var months = Enumerable.Range(0, WindowMonths).Count(i => BillingMonth.Add(firstWindowMonth, i) >= firstBilled);
        if (months == 0)
            return 0m;
        var total = upToClose.Where(b => b.Month >= firstWindowMonth).Sum(b => b.Revenue);
        return decimal.Round(total / months, 2, MidpointRounding.AwayFromZero);
    }
}
