using BotApp.Data.Entities;
using BotApp.Data.Search;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Data.Visibility;

namespace BotApp.Data.Tests.Search;

/// <summary>
/// A branch with two county sub-branches; account managers 王芳 (余姚) and 李明 (慈溪) with a few customers each whose
/// names exercise whole-name, name-start and anywhere matches, English names and full-width text.
/// </summary>
public sealed class SearchWorld : IDisposable
{
    public SearchWorld()
    {
        using var db = Database.CreateContext();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var yuyao = branch.AddChild("YY", "余姚分公司", OrgUnitKind.CountyBranch);
        var cixi = branch.AddChild("CX", "慈溪分公司", OrgUnitKind.CountyBranch);
        Wang = Store.Staff(StaffRole.AccountManager, yuyao, "王芳");
        Li = Store.Staff(StaffRole.AccountManager, cixi, "李明");
        Admin = Store.Staff(StaffRole.BusinessApprover, branch);
        CixiLead = Store.Staff(StaffRole.UnitLead, cixi);

        HuadongMould = Customer(Wang, yuyao, "余姚华东模具有限公司", "Yuyao Huadong Mould Co., Ltd.", Industry.Manufacturing, 40_000m);
        HuadongExact = Customer(Li, cixi, "华东模具", null, Industry.Manufacturing, 1_000m);
        HuadongFactory = Customer(Li, cixi, "华东模具厂", "Huadong Mould Factory", Industry.Manufacturing, 5_000m);
        NingboMobile = Customer(Wang, yuyao, "宁波移动通信设备有限公司", "Ningbo Mobile Equipment Co., Ltd.", Industry.InformationTechnology, 60_000m);
        ChinaMobileCixi = Customer(Li, cixi, "中国移动慈溪分公司", "China Mobile Cixi", Industry.InformationTechnology, 80_000m);
        FullWidth = Customer(Wang, yuyao, "余姚ＡＢＣ科技有限公司", "ＡＢＣ Technology", Industry.InformationTechnology, 2_000m);
        Hospital = Customer(Li, cixi, "慈溪市第一人民医院", "Cixi No.1 People's Hospital", Industry.Healthcare, 30_000m);
        Hospital.Arrears.Add(new Arrears { BillMonth = 202609, Amount = 800m, DueOn = new(2026, 10, 20) });
        Hospital.Agreements.Add(new Agreement { Number = "A-1", StartOn = new(2025, 1, 1), EndOn = new(2026, 12, 31), Value = 100_000m });
        Hospital.Agreements.Add(new Agreement { Number = "A-2", StartOn = new(2025, 1, 1), EndOn = new(2027, 6, 30), Value = 100_000m });
        Hospital.Agreements.Add(new Agreement { Number = "A-0", StartOn = new(2023, 1, 1), EndOn = new(2024, 12, 31), Value = 1m, Status = AgreementStatus.Renewed });

        db.AddRange(HuadongMould, HuadongExact, HuadongFactory, NingboMobile, ChinaMobileCixi, FullWidth, Hospital, Admin, CixiLead);
        db.SaveChanges();
    }

    public TestDatabase Database { get; } = new();
    public Staff Wang { get; }
    public Staff Li { get; }
    public Staff Admin { get; }
    public Staff CixiLead { get; }
    public GroupCustomer HuadongMould { get; }
    public GroupCustomer HuadongExact { get; }
    public GroupCustomer HuadongFactory { get; }
    public GroupCustomer NingboMobile { get; }
    public GroupCustomer ChinaMobileCixi { get; }
    public GroupCustomer FullWidth { get; }
    public GroupCustomer Hospital { get; }

    public async Task<CustomerPage> FindAsync(Staff viewer, CustomerQuery query, int skip = 0, int take = 10)
    {
        await using var db = Database.CreateContext();
        var identity = await StaffIdentity.FindAsync(db, viewer.Id, CancellationToken.None);
        return await CustomerSearch.FindAsync(db, identity!, query, skip, take, CancellationToken.None);
    }

    public async Task<string[]> NamesAsync(Staff viewer, CustomerQuery query) =>
        (await FindAsync(viewer, query)).Items.Select(c => c.Name).ToArray();

    public void Dispose() => Database.Dispose();

    private static GroupCustomer Customer(Staff manager, OrgUnit unit, string name, string? nameEn, Industry industry, decimal monthlyRevenue)
    {
        var customer = Store.Customer(manager, unit, name);
        customer.NameEn = nameEn;
        customer.Industry = industry;
        customer.ApplyGrade(monthlyRevenue, 202610);
        return customer;
    }
}
