using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// Staff of every role, sized to the customer count by seed 002's norms: one account manager per 10 groups and one
/// service assistant per 4,000 group members (about 40 members a group, so one per 100 groups), per region. The named
/// demo people come first (ids 1..); 王芳 and 陈静 keep their own portfolios and get no round-robin customers.
/// </summary>
public sealed class DemoStaffRoster
{
    private const int CustomersPerAccountManager = 10;
    private const int CustomersPerServiceManager = 100;

    private readonly Dictionary<string, long> _named = [];
    private readonly Dictionary<StaffRole, List<long>> _byRole = [];
    private readonly Dictionary<string, long[]> _accountManagers = [];
    private readonly Dictionary<string, long[]> _serviceManagers = [];

    public DemoStaffRoster(int seed, int customers, IReadOnlyDictionary<string, long> unitIds)
    {
        foreach (var person in DemoPerson.All)
        {
            var phone = DemoPeople.Phone(DemoRandom.For(seed, "staff", Staff.Count + 1));
            _named[person.Name] = Add(new Staff { Name = person.Name, Role = person.Role, OrgUnitId = unitIds[person.UnitCode], WebChatId = person.WebChatId, Locale = person.Locale, Phone = phone }).Id;
        }

        var named = DemoPerson.All.ToLookup(p => (p.Role, p.UnitCode));
        foreach (var region in DemoRegions.All)
        {
            if (!named[(StaffRole.UnitLead, region.Code)].Any())
                Generated(seed, StaffRole.UnitLead, unitIds[region.Code]);
        }
        Generated(seed, StaffRole.BusinessApprover, unitIds[DemoOrganisation.BusinessManagement], 2);
        Generated(seed, StaffRole.CooperationApprover, unitIds[DemoOrganisation.CooperationManagement], 1);
        Generated(seed, StaffRole.Leadership, unitIds[DemoOrganisation.EnterpriseDepartment], 2);
        Generated(seed, StaffRole.SupportCenter, unitIds[DemoOrganisation.SupportCenter], 3);
        Generated(seed, StaffRole.ServiceDesk, unitIds[DemoOrganisation.ServiceCenter], 4 + (customers / 100_000));
        Generated(seed, StaffRole.Admin, unitIds[DemoOrganisation.SupportCenter], 1);

        var totalWeight = DemoRegions.All.Sum(r => r.Weight);
        foreach (var region in DemoRegions.All)
        {
            var expected = (long)customers * region.Weight / totalWeight;
            _accountManagers[region.Code] = Generated(seed, StaffRole.AccountManager, unitIds[region.Code], Needed(expected, CustomersPerAccountManager));
            var namedServiceManagers = named[(StaffRole.ServiceManager, region.Code)].Select(p => _named[p.Name]);
            _serviceManagers[region.Code] = [.. namedServiceManagers, .. Generated(seed, StaffRole.ServiceManager, unitIds[region.Code], Needed(expected, CustomersPerServiceManager))];
        }
    }

    public List<Staff> Staff { get; } = [];

    public long Named(string name) => _named[name];

    public IReadOnlyList<long> OfRole(StaffRole role) => _byRole.TryGetValue(role, out var ids) ? ids : [];

    public IReadOnlyList<long> AccountManagers(string regionCode) => _accountManagers[regionCode];

    public IReadOnlyList<long> ServiceManagers(string regionCode) => _serviceManagers[regionCode];

    private static int Needed(long customers, int perPerson) => (int)Math.Max(1, (customers + perPerson - 1) / perPerson);

    private long[] Generated(int seed, StaffRole role, long unitId, int count = 1)
    {
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            var random = DemoRandom.For(seed, "staff", Staff.Count + 1);
            ids[i] = Add(new Staff { Name = DemoPeople.Name(random, DemoPerson.Names), Role = role, OrgUnitId = unitId, Phone = DemoPeople.Phone(random) }).Id;
        }
        return ids;
    }

    private Staff Add(Staff staff)
    {
        staff.Id = Staff.Count + 1;
        Staff.Add(staff);
        if (!_byRole.TryGetValue(staff.Role, out var ids))
            _byRole[staff.Role] = ids = [];
        ids.Add(staff.Id);
        return staff;
    }
}
