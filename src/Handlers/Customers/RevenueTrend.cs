using BotApp.Data.Rules;

namespace BotApp.Handlers.Customers;

/// <summary>Billed revenue over consecutive months, every month present: a month without bills is a 0, so a chart shows the gap.</summary>
public static class RevenueTrend
{
    public const int Months = 12;

    /// <summary>The <paramref name="months"/> months ending with <paramref name="lastMonth"/> (yyyyMM), oldest first.</summary>
    public static IReadOnlyList<MonthRevenue> Of(IEnumerable<MonthRevenue> billed, int lastMonth, int months = Months)
    {
        var byMonth = billed.GroupBy(m => m.Month).ToDictionary(g => g.Key, g => g.Sum(m => m.Revenue));
        return Enumerable.Range(1 - months, months)
            .Select(offset => BillingMonth.Add(lastMonth, offset))
            .Select(month => new MonthRevenue(month, byMonth.GetValueOrDefault(month)))
            .ToList();
    }
}
