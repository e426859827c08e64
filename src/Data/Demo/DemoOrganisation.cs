using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// The org tree: the city branch, its county sub-branches (the regions customers belong to) and the departments
/// that approve, implement and take calls. Ids are fixed (1..), so staff and customers refer to them directly.
/// </summary>
public static class DemoOrganisation
{
    public const string EnterpriseDepartment = "NB-JK";
    public const string BusinessManagement = "NB-JK-JY";
    public const string CooperationManagement = "NB-JK-HZ";
    public const string SupportCenter = "NB-ZC";
    public const string ServiceCenter = "NB-KF";

    public static List<OrgUnit> Units()
    {
        var units = new List<OrgUnit>();
        OrgUnit Add(OrgUnit unit, string nameEn)
        {
            unit.Id = units.Count + 1;
            unit.NameEn = nameEn;
            units.Add(unit);
            return unit;
        }

        var branch = Add(OrgUnit.Root(DemoRegions.Branch.Code, DemoRegions.Branch.Unit.Zh, OrgUnitKind.Branch), DemoRegions.Branch.Unit.En);
        foreach (var county in DemoRegions.Counties)
            Add(branch.AddChild(county.Code, county.Unit.Zh, OrgUnitKind.CountyBranch), county.Unit.En);
        var department = Add(branch.AddChild(EnterpriseDepartment, "政企客户部", OrgUnitKind.Department), "Government and Enterprise Customer Department");
        Add(department.AddChild(BusinessManagement, "经营管理部", OrgUnitKind.Department), "Business Management Department");
        Add(department.AddChild(CooperationManagement, "合作管理部", OrgUnitKind.Department), "Cooperation Management Department");
        Add(branch.AddChild(SupportCenter, "业务支撑中心", OrgUnitKind.Department), "Business Support Center");
        Add(branch.AddChild(ServiceCenter, "客户服务中心", OrgUnitKind.Department), "Customer Service Center");
        return units;
    }
}
