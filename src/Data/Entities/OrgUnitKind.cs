namespace BotApp.Data.Entities;

public enum OrgUnitKind
{
    /// <summary>分公司 (a city branch).</summary>
    Branch,
    /// <summary>县/区分公司 (a county or district sub-branch).</summary>
    CountyBranch,
    /// <summary>A department, e.g. 集团客户部, 经营管理部, 业务支撑中心.</summary>
    Department,
}
