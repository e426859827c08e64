using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// Everything the generator knows between customers: the calendar, org units, staff, the names already taken,
/// round-robin positions and the next plan, step and work-order numbers. One thread walks the customers in id
/// order through it, so the result depends on the seed and today only.
/// </summary>
public sealed class DemoWorld
{
    private readonly Dictionary<string, int> _assigned = [];
    private readonly List<(DemoPortfolio Portfolio, DemoCustomerSpec Spec)> _portfolioCustomers;
    private long _planId;
    private long _stepId;
    private long _workOrderNumber;

    public DemoWorld(DemoSettings settings, DemoCalendar calendar)
    {
        Settings = settings;
        Calendar = calendar;
        Units = DemoOrganisation.Units();
        UnitIds = Units.ToDictionary(u => u.Code, u => u.Id);
        Roster = new DemoStaffRoster(settings.Seed, settings.Customers, UnitIds);
        _portfolioCustomers = [.. DemoPortfolios.All.SelectMany(p => p.Customers.Select(c => (p, c)))];
        foreach (var (_, spec) in _portfolioCustomers)
            Names.Reserve(spec.Name!.Zh);
    }

    public DemoSettings Settings { get; }
    public DemoCalendar Calendar { get; }
    public List<OrgUnit> Units { get; }
    public IReadOnlyDictionary<string, long> UnitIds { get; }
    public DemoStaffRoster Roster { get; }
    public DemoCustomerNames Names { get; } = new();

    public DemoRandom RandomFor(string purpose, long index) => DemoRandom.For(Settings.Seed, purpose, index);

    /// <summary>The named portfolios take the first ids; every other customer is drawn.</summary>
    public DemoCustomerSpec SpecFor(long customerId)
    {
        if (customerId <= _portfolioCustomers.Count)
        {
            var (portfolio, spec) = _portfolioCustomers[(int)customerId - 1];
            var serviceManager = portfolio.ServiceManager is { } name ? Roster.Named(name) : Assign(portfolio.RegionCode).ServiceManager;
            return spec with { RegionCode = portfolio.RegionCode, AccountManagerId = Roster.Named(portfolio.AccountManager), ServiceManagerId = serviceManager };
        }
        var drawn = DemoCustomerSpecs.Random(RandomFor("spec", customerId));
        var (accountManager, serviceManagerId) = Assign(drawn.RegionCode);
        return drawn with { AccountManagerId = accountManager, ServiceManagerId = serviceManagerId };
    }

    public long NextPlanId() => ++_planId;

    public long NextStepId() => ++_stepId;

    public long NextWorkOrderNumber() => ++_workOrderNumber;

    /// <summary>Round robin over the region's account managers; each account manager works with one service manager.</summary>
    private (long AccountManager, long ServiceManager) Assign(string regionCode)
    {
        var turn = _assigned.GetValueOrDefault(regionCode);
        _assigned[regionCode] = turn + 1;
        var accountManagers = Roster.AccountManagers(regionCode);
        var serviceManagers = Roster.ServiceManagers(regionCode);
        var index = turn % accountManagers.Count;
        return (accountManagers[index], serviceManagers[index % serviceManagers.Count]);
    }
}
