using BotApp.Data.Entities;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Handlers.Staff;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Data.Tests.Customers;

/// <summary>
/// Today is 2026-11-23 in Shanghai (last closed billing month 2026-10). 王芳 (余姚) has three customers, 李明 (慈溪)
/// two, the 余姚 unit lead keeps one himself; 赵丽 serves two of 王芳's and one of 李明's. 华东模具 carries every part
/// of the card: bills with a gap, products past, present and future, agreements lapsed, ending soon and later,
/// arrears of two ages, open and finished work orders, plans in every state, contacts with and without phones.
/// </summary>
public sealed partial class LookupWorld : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 11, 23);

    public LookupWorld()
    {
        using var db = Database.CreateContext();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var yuyao = branch.AddChild("YY", "余姚分公司", OrgUnitKind.CountyBranch);
        yuyao.NameEn = "Yuyao Sub-branch";
        var cixi = branch.AddChild("CX", "慈溪分公司", OrgUnitKind.CountyBranch);
        var department = branch.AddChild("JK", "集团客户部", OrgUnitKind.Department);

        Wang = Staff(StaffRole.AccountManager, yuyao, "王芳", "13900000001");
        Li = Staff(StaffRole.AccountManager, cixi, "李明", "13900000002");
        Zhao = Staff(StaffRole.ServiceManager, yuyao, "赵丽", "13900000003");
        YuyaoLead = Staff(StaffRole.UnitLead, yuyao, "刘洋", null);
        foreach (var role in new[] { StaffRole.BusinessApprover, StaffRole.CooperationApprover, StaffRole.Leadership, StaffRole.SupportCenter, StaffRole.ServiceDesk, StaffRole.Admin })
            Department[role] = Staff(role, department, role.ToString(), null);

        Mould = Customer(Wang, yuyao, "余姚华东模具有限公司", Industry.Manufacturing, 40_000m, Zhao);
        Port = Customer(Wang, yuyao, "余姚港城物流有限公司", Industry.Transport, 60_000m);
        School = Customer(Wang, yuyao, "余姚市阳明中学", Industry.Education, 1_000m, Zhao);
        Hospital = Customer(Li, cixi, "慈溪市第一人民医院", Industry.Healthcare, 35_000m, Zhao);
        Bank = Customer(Li, cixi, "慈溪农村商业银行", Industry.Finance, 20_000m);
        LeadsOwn = Customer(YuyaoLead, yuyao, "余姚舜达光电科技有限公司", Industry.Manufacturing, 5_000m);

        FillMould();
        Port.Agreements.Add(Agreement("HT-PORT", new(2026, 11, 30)));
        School.Arrears.Add(new Arrears { BillMonth = 202604, Amount = 300m, DueOn = new(2026, 5, 1) });
        Hospital.Arrears.Add(new Arrears { BillMonth = 202609, Amount = 500m, DueOn = new(2026, 10, 20) });
        Hospital.Agreements.Add(Agreement("HT-HOSP", new(2026, 12, 20)));
        Bank.Agreements.Add(Agreement("HT-BANK", new(2027, 5, 1)));

        db.AddRange(Mould, Port, School, Hospital, Bank, LeadsOwn);
        db.AddRange(Department.Values);
        db.AddRange(Plans);
        db.AddRange(WorkOrders);
        db.SaveChanges();
    }

    public TestDatabase Database { get; } = new();
    public Staff Wang { get; }
    public Staff Li { get; }
    public Staff Zhao { get; }
    public Staff YuyaoLead { get; }
    public Dictionary<StaffRole, Staff> Department { get; } = [];
    public GroupCustomer Mould { get; }
    public GroupCustomer Port { get; }
    public GroupCustomer School { get; }
    public GroupCustomer Hospital { get; }
    public GroupCustomer Bank { get; }
    public GroupCustomer LeadsOwn { get; }
    public List<PersonalisedPlan> Plans { get; } = [];
    public List<WorkOrder> WorkOrders { get; } = [];

    /// <summary>The viewer as IdentifyStaff reads them from the Staff row.</summary>
    public static StaffMember Member(Staff staff) => new(staff.Id, staff.Name, staff.Role, staff.OrgUnit?.Path, staff.Locale, staff.TimeZone);

    public static FakeTimeProvider Clock(DateTimeOffset? now = null) => new(now ?? Now);

    public void Dispose()
    {
        _audit?.FlushAsync(CancellationToken.None).GetAwaiter().GetResult();
        _services?.Dispose();
        Database.Dispose();
    }

    private static Staff Staff(StaffRole role, OrgUnit unit, string name, string? phone)
    {
        var staff = Store.Staff(role, unit, name);
        staff.Phone = phone;
        return staff;
    }

    private static GroupCustomer Customer(Staff manager, OrgUnit unit, string name, Industry industry, decimal monthlyRevenue, Staff? serviceManager = null)
    {
        var customer = Store.Customer(manager, unit, name, serviceManager);
        customer.Industry = industry;
        customer.ApplyGrade(monthlyRevenue, 202610);
        return customer;
    }

    private static Agreement Agreement(string number, DateOnly endOn, AgreementStatus status = AgreementStatus.Active) =>
        new() { Number = number, StartOn = new(2025, 1, 1), EndOn = endOn, Value = 120_000m, Status = status };
}
