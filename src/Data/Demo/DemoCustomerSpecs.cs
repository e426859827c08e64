namespace BotApp.Data.Demo;

/// <summary>
/// Draws the shape of a random customer. Most group customers are small: about 60 % one-star and 1.5 % five-star
/// by revenue, which also keeps the bill table in proportion (small customers use fewer products).
/// </summary>
public static class DemoCustomerSpecs
{
    private static readonly Weighted<DemoRegion> Regions = new(DemoRegions.All.Select(r => (r, r.Weight)));

    private static readonly Weighted<int> Sizes = new([(1, 1200), (2, 500), (3, 200), (4, 70), (5, 30)]);

    private static readonly Weighted<int> ArrearsMonths = new([(1, 50), (2, 25), (3, 12), (4, 5), (5, 3), (6, 2), (8, 3)]);

    //                                                  size: 0  1      2     3     4     5
    private static readonly double[] VipChance = [0, 0.002, 0.01, 0.08, 0.35, 0.45];
    private static readonly double[] AgreementChance = [0, 0.45, 0.75, 0.95, 0.98, 1];
    private static readonly double[] PlanChance = [0, 0.001, 0.006, 0.02, 0.05, 0.05];

    public static DemoCustomerSpec Random(DemoRandom random)
    {
        var region = Regions.Pick(random);
        var industry = DemoIndustries.Choice.Pick(random);
        var size = Sizes.Pick(random);
        var redListed = random.Chance(industry.RedListChance);
        return new DemoCustomerSpec(
            Name: null,
            industry.Industry,
            MobileRevenue(random, size),
            Vip: random.Chance(VipChance[size]),
            RedListed: redListed,
            ArrearsMonths: random.Chance(redListed ? 0.12 : 0.04) ? ArrearsMonths.Pick(random) : 0,
            AgreementDaysLeft: random.Chance(AgreementChance[size]) ? AgreementDaysLeft(random) : null,
            UsageDrop: random.Chance(0.01),
            JoinedMonthIndex: random.Chance(0.22) ? random.Next(DemoCalendar.Months - 1) : null,
            Plan: random.Chance(PlanChance[size]) ? DemoPlanState.Random : DemoPlanState.None,
            WorkOrder: random.Chance(0.012) ? DemoWorkOrderState.Open : random.Chance(0.008) ? DemoWorkOrderState.Closed : DemoWorkOrderState.None)
        { RegionCode = region.Code };
    }

    /// <summary>Yuan per month inside the band of <paramref name="size"/> stars, skewed towards its lower end as real revenue is.</summary>
    private static decimal MobileRevenue(DemoRandom random, int size)
    {
        var u = random.NextDouble();
        var yuan = size switch
        {
            1 => 600 + (1_880 * u * u),
            2 => 2_520 + (7_400 * u * u),
            3 => 10_100 + (19_700 * u),
            4 => 30_200 + (19_600 * u),
            _ => 50_500 + (200_000 * u * u * u),
        };
        return decimal.Round((decimal)yuan, 0);
    }

    /// <summary>Agreements end spread over the coming year; a few later, a few lapsed in the last weeks without renewal.</summary>
    private static int AgreementDaysLeft(DemoRandom random) => random.Next(100) switch
    {
        < 85 => random.Next(0, 365),
        < 95 => random.Next(365, 730),
        _ => -random.Next(1, 46),
    };
}
