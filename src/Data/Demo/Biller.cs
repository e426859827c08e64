using BotApp.Data.Entities;
using BotApp.Data.Rules;

namespace BotApp.Data.Demo;

/// <summary>
/// Writes one customer's subscriptions and their bill plans and keeps the running totals. Prices come from a
/// published tariff less a negotiated discount of up to 15 %; the whole customer shares one trend (growing or
/// shrinking a little each month) and, for a usage drop, the same fall in its last two months.
/// </summary>
internal sealed class Biller(DemoCalendar calendar, DemoChunk chunk, long customerId, DemoRandom random, int trendPermille, int dropPermille)
{
    private const int DropMonths = 2;

    public decimal MonthlyTotal { get; private set; }
    public int FirstIndex { get; private set; } = DemoCalendar.Months;
    public Subscription? Largest { get; private set; }
    public decimal LargestMonthly { get; private set; }

    /// <summary>Mobile users for a revenue target (at least ten, the group-customer threshold), or a given small count.</summary>
    public int Mobile(long productId, decimal revenue, DateOnly startOn, int? users)
    {
        var price = Price(productId);
        var quantity = users ?? (int)Math.Max(10, decimal.Round(revenue / price));
        Add(productId, quantity, price, startOn, endOn: null);
        return quantity;
    }

    public void Extra(long productId, int quantity, DateOnly startOn)
    {
        // A few services were cancelled inside the window: their bills stop at the end date.
        var startIndex = Math.Max(0, calendar.IndexOf(startOn));
        DateOnly? endOn = startIndex < DemoCalendar.Months - 2 && random.Chance(0.04)
            ? EndOfMonth(calendar.MonthAt(random.Next(startIndex + 1, DemoCalendar.Months - 1)))
            : null;
        Add(productId, quantity, Price(productId), startOn, endOn);
    }

    private decimal Price(long productId)
    {
        var tariff = random.Pick(DemoCatalogue.PublishedByProduct[productId]);
        return decimal.Round(tariff.StandardMonthlyPrice * (100 - random.Next(16)) / 100, 2);
    }

    private void Add(long productId, int quantity, decimal price, DateOnly startOn, DateOnly? endOn)
    {
        var subscription = new Subscription { CustomerId = customerId, ProductId = productId, Quantity = quantity, StartOn = startOn, EndOn = endOn };
        chunk.Subscriptions.Add(subscription);
        var monthly = quantity * price;
        var first = Math.Max(0, calendar.IndexOf(startOn));
        var last = endOn is { } end ? calendar.IndexOf(end) : DemoCalendar.Months - 1;
        chunk.BillPlans.Add(new DemoBillPlan(customerId, productId, HundredthsConverter.ToHundredths(monthly), first, last,
            trendPermille, DemoCalendar.Months - DropMonths, dropPermille, random.Next(1_000_000)));
        FirstIndex = Math.Min(FirstIndex, first);
        if (endOn is null)
            MonthlyTotal += monthly;
        if (monthly > LargestMonthly)
            (Largest, LargestMonthly) = (subscription, monthly);
    }

    private static DateOnly EndOfMonth(int month) => BillingMonth.FirstDay(month).AddMonths(1).AddDays(-1);
}
