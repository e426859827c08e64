using System.Globalization;
using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>Turns one customer's spec into its rows: the customer, contacts, subscriptions and bill plans, agreements, arrears, plans, work orders.</summary>
public static class DemoCustomers
{
    /// <summary>Customer codes count up from C330200001 (33 = Zhejiang, 02 = Ningbo in the operator's numbering).</summary>
    public const long FirstCode = 330_200_000;

    private static readonly Dictionary<string, DemoRegion> Regions = DemoRegions.All.ToDictionary(r => r.Code);

    public static string CodeOf(long customerId) => string.Create(CultureInfo.InvariantCulture, $"C{FirstCode + customerId:D9}");

    public static void Add(DemoWorld world, DemoChunk chunk, long customerId)
    {
        var spec = world.SpecFor(customerId);
        var random = world.RandomFor("customer", customerId);
        var region = Regions[spec.RegionCode];
        var industry = DemoIndustries.Of(spec.Industry);
        var name = spec.Name ?? world.Names.Next(random, industry, region);
        var customer = new GroupCustomer
        {
            Id = customerId,
            Code = CodeOf(customerId),
            Name = name.Zh,
            // Named customers keep the English name they were given; of the rest, about one in eight uses one.
            NameEn = spec.Name is not null || random.Chance(0.12) ? name.En : null,
            Industry = spec.Industry,
            OrgUnitId = world.UnitIds[region.Code],
            AccountManagerId = spec.AccountManagerId!.Value,
            ServiceManagerId = spec.ServiceManagerId,
            IsVip = spec.Vip,
            IsRedListed = spec.RedListed,
        };
        var joined = Joined(world.Calendar, spec, random);
        var usage = DemoSubscriptions.Add(world.Calendar, chunk, customer, spec, random, joined);
        customer.MemberCount = usage.MobileUsers + random.Next(usage.MobileUsers / 5 + 1);
        chunk.Customers.Add(customer);
        DemoContacts.Add(chunk, customerId, industry, spec.Size, random);
        DemoAgreements.Add(world.Calendar, chunk, customerId, spec, random, usage.MonthlyTotal, joined);
        DemoArrears.Add(world.Calendar, chunk, customerId, spec, random, usage.FirstBilledIndex);
        DemoPlans.Add(world, chunk, customer, spec, random, usage);
        DemoWorkOrders.Add(world, chunk, customer, spec, random);
    }

    /// <summary>Most customers are years old; the rest joined inside the bill window, so their bills start later.</summary>
    private static DateOnly Joined(DemoCalendar calendar, DemoCustomerSpec spec, DemoRandom random) => spec.JoinedMonthIndex is { } index
        ? Rules.BillingMonth.FirstDay(calendar.MonthAt(index)).AddDays(random.Next(28))
        : calendar.Today.AddDays(-random.Next(760, 3_650));
}
