using BotApp.Data.Entities;
using BotApp.Data.Rules;

namespace BotApp.Data.Demo;

/// <summary>
/// A customer's products: mobile (sized to its revenue target: users × the tariff's price after discount) and, the
/// bigger the customer the more, leased lines, IDC, cloud and the rest, each with a quantity priced on a published
/// tariff. Every subscription gets a bill plan from its start (or the window's) to its end.
/// </summary>
public static class DemoSubscriptions
{
    private static readonly Weighted<long> Extras = new([(3, 20), (4, 22), (5, 6), (6, 6), (7, 14), (8, 10), (9, 8), (10, 8), (11, 6)]);

    private const long DataLine = 3;

    public static DemoUsage Add(DemoCalendar calendar, DemoChunk chunk, GroupCustomer customer, DemoCustomerSpec spec, DemoRandom random, DateOnly joined)
    {
        var size = spec.Size;
        var biller = spec.UsageDrop
            ? new Biller(calendar, chunk, customer.Id, random, trendPermille: random.Next(-3, 4), dropPermille: random.Next(450, 650))
            : new Biller(calendar, chunk, customer.Id, random, trendPermille: random.Next(-6, 11), dropPermille: 1000);
        // A few small groups qualify by a leased line rather than by ten mobile users (ADR-008).
        var lineOnly = size == 1 && spec.Name is null && random.Chance(0.05);
        var groupShare = size >= 3 && random.Chance(0.35) ? 0.3m : 0m;
        var mobileUsers = biller.Mobile(DemoCatalogue.MobileVpn, spec.MobileRevenue * (1 - groupShare), joined, lineOnly ? random.Next(3, 10) : null);
        if (groupShare > 0)
            mobileUsers += biller.Mobile(DemoCatalogue.GroupMobile, spec.MobileRevenue * groupShare, joined, null);

        var wanted = lineOnly ? [DataLine] : ExtraProducts(random, size);
        foreach (var productId in wanted)
            biller.Extra(productId, Quantity(productId, size, random), Later(calendar, joined, random));
        return new DemoUsage(mobileUsers, biller.MonthlyTotal, biller.FirstIndex, biller.Largest!, biller.LargestMonthly);
    }

    private static List<long> ExtraProducts(DemoRandom random, int size)
    {
        var count = size switch
        {
            1 => random.Chance(0.12) ? 1 : 0,
            2 => random.Next(100) switch { < 45 => 0, < 90 => 1, _ => 2 },
            3 => random.Next(100) switch { < 50 => 1, < 90 => 2, _ => 3 },
            4 => random.Next(1, 4),
            _ => random.Next(2, 5),
        };
        var products = new List<long>(count);
        while (products.Count < count)
        {
            var product = Extras.Pick(random);
            if (!products.Contains(product))
                products.Add(product);
        }
        return products;
    }

    private static int Quantity(long productId, int size, DemoRandom random) => productId switch
    {
        3 or 6 or 8 or 11 => random.Next(1, 2 + size),
        4 => random.Next(1, 2 + (size / 2)),
        5 => random.Next(1, 2 + (size / 3)),
        7 => random.Next(1, 3 + (3 * size)),
        9 => random.Next(1, 3),
        _ => random.Next(20, 21 + (150 * size)),
    };

    /// <summary>Products beyond mobile are added over the years, never after the last closed month.</summary>
    private static DateOnly Later(DemoCalendar calendar, DateOnly joined, DemoRandom random)
    {
        var start = joined.AddMonths(random.Next(37)).AddDays(random.Next(28));
        var latest = BillingMonth.FirstDay(calendar.LastClosedMonth);
        return start > latest ? latest : start;
    }
}
