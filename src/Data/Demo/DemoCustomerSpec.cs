using BotApp.Data.Entities;
using BotApp.Data.Rules;

namespace BotApp.Data.Demo;

/// <summary>What a plan of the customer should show: none, a random one, one waiting for approval, one expiring soon.</summary>
public enum DemoPlanState
{
    None,
    Random,
    Pending,
    ExpiringSoon,
}

public enum DemoWorkOrderState
{
    None,
    Open,
    Closed,
}

/// <summary>
/// The shape of one customer before its rows are written: industry, the mobile revenue it should bill (its grade
/// follows from the bills, never from here), flags, how many months it is in arrears, days left on its agreement
/// (null = none), and whether it joined inside the bill window. Random customers draw it (DemoCustomerSpecs); the
/// named portfolios spell it out (DemoPortfolios).
/// </summary>
public sealed record DemoCustomerSpec(
    DemoName? Name,
    Industry Industry,
    decimal MobileRevenue,
    bool Vip = false,
    bool RedListed = false,
    int ArrearsMonths = 0,
    int? AgreementDaysLeft = null,
    bool UsageDrop = false,
    int? JoinedMonthIndex = null,
    DemoPlanState Plan = DemoPlanState.None,
    DemoWorkOrderState WorkOrder = DemoWorkOrderState.None)
{
    public string RegionCode { get; init; } = DemoRegions.BranchCode;

    public long? AccountManagerId { get; init; }

    public long? ServiceManagerId { get; init; }

    /// <summary>The grade its revenue aims at; sizes contacts and products. The stored grade is derived from bills.</summary>
    public int Size => CustomerGrade.Of(MobileRevenue);
}
