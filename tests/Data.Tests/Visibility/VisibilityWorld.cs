using BotApp.Data.Entities;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Data.Visibility;

namespace BotApp.Data.Tests.Visibility;

/// <summary>
/// A branch (NB) with two county sub-branches (YY, with a team below it, and CX) and a department; two account
/// managers with two customers each, in different units; plans on different routes.
/// </summary>
public sealed class VisibilityWorld : IDisposable
{
    public VisibilityWorld()
    {
        using var db = Database.CreateContext();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var yuyao = branch.AddChild("YY", "余姚分公司", OrgUnitKind.CountyBranch);
        var yuyaoTeam = yuyao.AddChild("YY-ZQ", "余姚政企团队", OrgUnitKind.Department);
        var cixi = branch.AddChild("CX", "慈溪分公司", OrgUnitKind.CountyBranch);
        var department = branch.AddChild("JK", "集团客户部", OrgUnitKind.Department);

        Wang = Store.Staff(StaffRole.AccountManager, yuyao, "王芳");
        Li = Store.Staff(StaffRole.AccountManager, cixi, "李明");
        Zhao = Store.Staff(StaffRole.ServiceManager, yuyao, "赵敏");
        YuyaoLead = Store.Staff(StaffRole.UnitLead, yuyao);
        BranchLead = Store.Staff(StaffRole.UnitLead, branch);
        CixiLead = Store.Staff(StaffRole.UnitLead, cixi);
        LeadWithoutUnit = Store.Staff(StaffRole.UnitLead);
        Assigned = Store.Staff(StaffRole.ServiceDesk, department);
        CenterLead = Store.Staff(StaffRole.UnitLead, department);
        foreach (var role in CustomerVisibility.DepartmentRoles)
            Department[role] = Store.Staff(role, department);

        WangsCustomer = Store.Customer(Wang, yuyao, "余姚华东模具有限公司", serviceManager: Zhao);
        WangsTeamCustomer = Store.Customer(Wang, yuyaoTeam, "余姚第一人民医院");
        LisCustomer = Store.Customer(Li, cixi, "慈溪远航电器有限公司");
        LisBranchCustomer = Store.Customer(Li, branch, "宁波港城物流集团");
        LisCustomer.NameEn = "Cixi Yuanhang Electric";
        foreach (var customer in new[] { WangsCustomer, WangsTeamCustomer, LisCustomer, LisBranchCustomer })
        {
            var mobile = Store.Product(ProductCategory.Mobile);
            customer.Bills.Add(new MonthlyBill { Month = 202610, Product = mobile, Revenue = 12_000m });
            customer.Agreements.Add(new Agreement { Number = $"A-{customer.Code}", StartOn = new(2025, 1, 1), EndOn = new(2026, 12, 31), Value = 100_000m });
            customer.Contacts.Add(new KeyContact { Name = "联系人", IsKeyPerson = true });
            customer.Arrears.Add(new Arrears { BillMonth = 202609, Amount = 800m, DueOn = new(2026, 10, 20) });
            customer.Subscriptions.Add(new Subscription { Product = mobile, Quantity = 30, StartOn = new(2025, 1, 1) });
        }

        var tariff = Store.Tariff(Store.Product(ProductCategory.Mobile));
        WangsPlan = Store.Plan(WangsCustomer, tariff, Wang, ApprovalStepKind.BusinessManagement, ApprovalStepKind.Implementation);
        LisAgentPlan = Store.Plan(LisCustomer, tariff, Li,
            ApprovalStepKind.CooperationManagement, ApprovalStepKind.BusinessManagement, ApprovalStepKind.Leadership, ApprovalStepKind.Implementation);
        LisDraft = Store.Plan(LisBranchCustomer, tariff, Li);
        AssignedPlan = Store.Plan(LisBranchCustomer, tariff, Li, ApprovalStepKind.BusinessManagement);
        AssignedPlan.Steps[0].Assignee = Assigned;

        db.AddRange(WangsCustomer, WangsTeamCustomer, LisCustomer, LisBranchCustomer, department);
        db.AddRange(YuyaoLead, BranchLead, CixiLead, LeadWithoutUnit, Assigned, CenterLead);
        db.AddRange(Department.Values);
        db.AddRange(WangsPlan, LisAgentPlan, LisDraft, AssignedPlan);
        db.SaveChanges();
    }

    public TestDatabase Database { get; } = new();
    public Staff Wang { get; }
    public Staff Li { get; }
    public Staff Zhao { get; }
    public Staff YuyaoLead { get; }
    public Staff BranchLead { get; }
    public Staff CixiLead { get; }
    public Staff LeadWithoutUnit { get; }
    public Staff Assigned { get; }

    /// <summary>The lead of the unit the support center works in.</summary>
    public Staff CenterLead { get; }
    public Dictionary<StaffRole, Staff> Department { get; } = [];
    public GroupCustomer WangsCustomer { get; }
    public GroupCustomer WangsTeamCustomer { get; }
    public GroupCustomer LisCustomer { get; }
    public GroupCustomer LisBranchCustomer { get; }
    public PersonalisedPlan WangsPlan { get; }
    public PersonalisedPlan LisAgentPlan { get; }
    public PersonalisedPlan LisDraft { get; }
    public PersonalisedPlan AssignedPlan { get; }

    /// <summary>The viewer as production builds it: from the Staff row.</summary>
    public async Task<StaffIdentity> IdentityAsync(Staff staff)
    {
        await using var db = Database.CreateContext();
        return (await StaffIdentity.FindAsync(db, staff.Id, CancellationToken.None))!;
    }

    public void Dispose() => Database.Dispose();
}
