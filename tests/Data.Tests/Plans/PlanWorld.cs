using BotApp.Data.Entities;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Data.Tests.Plans;

/// <summary>
/// Monday 2026-11-23 10:00 in Shanghai. 王芳 (余姚) and 李明 (慈溪) are account managers with a customer each; the
/// department has three business approvers, a cooperation approver, leadership, two support-center staff and the
/// center's lead. One published tariff at ¥100 a unit with a unit cost of ¥40, one unpublished. Nobody has chatted
/// with the bot until a test says so (<see cref="ChatWith"/>).
/// </summary>
public sealed partial class PlanWorld : IDisposable
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    public PlanWorld()
    {
        using var db = Database.CreateContext();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var yuyao = branch.AddChild("YY", "余姚分公司", OrgUnitKind.CountyBranch);
        var cixi = branch.AddChild("CX", "慈溪分公司", OrgUnitKind.CountyBranch);
        var department = branch.AddChild("JK", "集团客户部", OrgUnitKind.Department);
        var center = branch.AddChild("ZC", "业务支撑中心", OrgUnitKind.Department);

        Wang = Store.Staff(StaffRole.AccountManager, yuyao, "王芳");
        Li = Store.Staff(StaffRole.AccountManager, cixi, "李明");
        YuyaoLead = Store.Staff(StaffRole.UnitLead, yuyao, "刘洋");
        Approvers = [.. Enumerable.Range(1, 3).Select(i => Store.Staff(StaffRole.BusinessApprover, department, $"经营管理{i}"))];
        Cooperation = Store.Staff(StaffRole.CooperationApprover, department, "合作管理");
        Leadership = Store.Staff(StaffRole.Leadership, department, "部门领导");
        Support = [Store.Staff(StaffRole.SupportCenter, center, "支撑1"), Store.Staff(StaffRole.SupportCenter, center, "支撑2")];
        SupportLead = Store.Staff(StaffRole.UnitLead, center, "支撑中心主任");
        Admin = Store.Staff(StaffRole.Admin, department, "管理员");

        WangsCustomer = Store.Customer(Wang, yuyao, "余姚华东模具有限公司");
        LisCustomer = Store.Customer(Li, cixi, "慈溪远航电器有限公司");
        var mobile = Store.Product(ProductCategory.Mobile);
        Tariff = Store.Tariff(mobile);
        Unpublished = Store.Tariff(mobile);
        Unpublished.IsPublished = false;

        db.AddRange(WangsCustomer, LisCustomer, Tariff, Unpublished, YuyaoLead, Cooperation, Leadership, SupportLead, Admin);
        db.AddRange(Approvers);
        db.AddRange(Support);
        db.SaveChanges();
    }

    public TestDatabase Database { get; } = new();
    /// <summary>In UTC, like TimeProvider.System: instants are compared in SQL as stored (ADR-007).</summary>
    public FakeTimeProvider Clock { get; private set; } = new(Monday.ToUniversalTime());
    public PlanApprovalOptions Options { get; } = new();
    public Staff Wang { get; }
    public Staff Li { get; }
    public Staff YuyaoLead { get; }
    public Staff[] Approvers { get; }
    public Staff Approver => Approvers[0];
    public Staff Cooperation { get; }
    public Staff Leadership { get; }
    public Staff[] Support { get; }
    public Staff SupportLead { get; }
    public Staff Admin { get; }
    public GroupCustomer WangsCustomer { get; }
    public GroupCustomer LisCustomer { get; }
    public Tariff Tariff { get; }
    public Tariff Unpublished { get; }

    /// <summary>Sets the clock, earlier or later.</summary>
    public void SetNow(DateTimeOffset now) => Clock = new(now.ToUniversalTime());

    public static StaffMember Member(Staff staff) => new(staff.Id, staff.Name, staff.Role, staff.OrgUnit?.Path, staff.Locale, staff.TimeZone);

    /// <summary>Within tier 1 of the default tiers: 10 % off ¥100 for 100 units (¥9,000 a month), 12 months, no subsidy.</summary>
    public PlanTerms Terms(
        GroupCustomer? customer = null, decimal discount = 10m, decimal subsidy = 0m, decimal commission = 0m, string? agents = null,
        int months = 12, decimal revenue = 9_000m, string justification = "竞争对手报价低15%，客户要求同等优惠", bool structural = false, Tariff? tariff = null) =>
        new((customer ?? WangsCustomer).Id, (tariff ?? Tariff).Id, discount, subsidy, commission, agents, months, revenue, justification, structural);

    /// <summary>The staff member opens a 1:1 chat with the bot in Web Chat: from now on notices to them are queued.</summary>
    public void ChatWith(params Staff[] staff)
    {
        using var db = Database.CreateContext();
        foreach (var person in staff)
        {
            var user = $"webchat-{person.Id}";
            db.Staff.Where(s => s.Id == person.Id).ExecuteUpdate(s => s.SetProperty(x => x.WebChatId, user));
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                ChannelId = "directline",
                ConversationId = $"conv-{person.Id}",
                ConversationType = "personal",
                UserId = user,
                ServiceUrl = "http://localhost/v3/directline/",
                ReferenceJson = "{}",
                UpdatedAt = Monday,
            });
        }
        db.SaveChanges();
    }

    public void Dispose() => Database.Dispose();
}
