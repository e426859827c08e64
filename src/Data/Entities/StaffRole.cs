namespace BotApp.Data.Entities;

/// <summary>What a member of staff does; decides what they may see (see Visibility/CustomerVisibility). Stored as its name.</summary>
public enum StaffRole
{
    /// <summary>客户经理: looks after their own group customers.</summary>
    AccountManager,
    /// <summary>服务经理 / 服务助理: day-to-day service of the groups they serve.</summary>
    ServiceManager,
    /// <summary>Head of a branch or county sub-branch team: sees the customers of their unit and the units under it.</summary>
    UnitLead,
    /// <summary>集客部经营管理部: approves plans within its authority.</summary>
    BusinessApprover,
    /// <summary>集客部合作管理部: approves plans that involve agent channels, before the business management dept.</summary>
    CooperationApprover,
    /// <summary>集团客户部领导: approves plans above the business management dept's authority.</summary>
    Leadership,
    /// <summary>业务支撑中心: implements approved plans in billing/CRM.</summary>
    SupportCenter,
    /// <summary>7×24 客户服务专席 / 10000号: logs complaints, faults and consultations as work orders.</summary>
    ServiceDesk,
    Admin,
}
