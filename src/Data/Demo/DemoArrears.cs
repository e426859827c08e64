using BotApp.Data.Rules;

namespace BotApp.Data.Demo;

/// <summary>
/// Unpaid months, newest first from the month before the last closed one (the latest whose due date has passed), so
/// the ages spread over the collection buckets. The oldest may be part-paid. Months before the customer's first bill
/// are skipped. The amounts come from the bills (DemoBills), so arrears never exceed what was billed.
/// </summary>
public static class DemoArrears
{
    public static void Add(DemoCalendar calendar, DemoChunk chunk, long customerId, DemoCustomerSpec spec, DemoRandom random, int firstBilledIndex)
    {
        for (var back = 1; back <= spec.ArrearsMonths; back++)
        {
            var month = BillingMonth.Add(calendar.LastClosedMonth, -back);
            if (calendar.IndexOf(BillingMonth.FirstDay(month)) < firstBilledIndex)
                break;
            var percent = back == spec.ArrearsMonths ? random.Next(40, 101) : 100;
            chunk.ArrearsPlans.Add(new DemoArrearsPlan(customerId, month, percent, DemoCalendar.DueOn(month)));
        }
    }
}
