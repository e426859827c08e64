using BotApp.Data.Entities;
using BotApp.Data.Rules;

namespace BotApp.Handlers.Customers;

/// <summary>
/// Everything the customer card shows, for one viewer (GetCustomerDetail). Dates that count from today (days to an
/// agreement's end, arrears age, overdue work orders) are counted from <see cref="Today"/>, the viewer's day. Money is
/// yuan. Plans are only those the viewer may read; contact phones are masked unless the viewer may see them.
/// </summary>
/// <param name="Region">The org unit (branch or county sub-branch) the customer belongs to.</param>
/// <param name="GradeRevenue">The monthly mobile revenue the grade is computed from (ADR-006), as in search results.</param>
/// <param name="LatestRevenue">All revenue billed for the last closed billing month (yyyyMM), every product.</param>
/// <param name="RevenueTrend">The 12 months ending with <see cref="LatestRevenue"/>, oldest first; months without bills are 0.</param>
/// <param name="Products">Subscriptions in service today or starting later.</param>
/// <param name="Agreements">Active agreements, earliest end first; a negative DaysLeft is an agreement that has lapsed.</param>
/// <param name="Arrears">Outstanding amounts, oldest due date first.</param>
/// <param name="OpenWorkOrders">Work orders not yet replied to or closed, earliest due first.</param>
/// <param name="Plans">Personalised plans pending approval, approved or in force that the viewer may read.</param>
/// <param name="Contacts">Key persons first.</param>
public sealed record CustomerDetail(
    long Id,
    string Code,
    string Name,
    string? NameEn,
    Industry Industry,
    string Region,
    string? RegionEn,
    int Grade,
    decimal GradeRevenue,
    bool IsVip,
    bool IsRedListed,
    int MemberCount,
    StaffContact AccountManager,
    StaffContact? ServiceManager,
    DateOnly Today,
    MonthRevenue LatestRevenue,
    IReadOnlyList<MonthRevenue> RevenueTrend,
    IReadOnlyList<CustomerProduct> Products,
    IReadOnlyList<CustomerAgreement> Agreements,
    decimal ArrearsTotal,
    IReadOnlyList<CustomerArrears> Arrears,
    IReadOnlyList<CustomerWorkOrder> OpenWorkOrders,
    IReadOnlyList<CustomerPlan> Plans,
    IReadOnlyList<CustomerContact> Contacts);

/// <summary>A member of staff as a card names them: colleagues' work phones are not masked.</summary>
public sealed record StaffContact(long Id, string Name, string? Phone);

/// <summary>Revenue billed for one month (yyyyMM, Rules/BillingMonth), yuan.</summary>
public sealed record MonthRevenue(int Month, decimal Revenue);

public sealed record CustomerProduct(string Code, string Name, string? NameEn, ProductCategory Category, int Quantity, DateOnly StartOn, DateOnly? EndOn);

/// <summary>An agreement; <see cref="DaysLeft"/> and <see cref="Window"/> from Rules/AgreementExpiry.</summary>
public sealed record CustomerAgreement(long Id, string Number, DateOnly StartOn, DateOnly EndOn, decimal Value, int DaysLeft, RenewalWindow Window);

/// <summary>One month's outstanding amount; <see cref="DaysOverdue"/> and <see cref="Age"/> from Rules/ArrearsAge.</summary>
public sealed record CustomerArrears(int BillMonth, decimal Amount, DateOnly DueOn, int DaysOverdue, ArrearsAgeBucket Age);

public sealed record CustomerWorkOrder(
    long Id, string Number, WorkOrderKind Kind, WorkOrderSeverity Severity, WorkOrderStatus Status, string Subject,
    DateTimeOffset OpenedAt, DateTimeOffset DueAt, bool IsOverdue);

/// <summary>A personalised plan in brief; confidential, so only ever built from CustomerVisibility.VisiblePlans.</summary>
public sealed record CustomerPlan(
    long Id, string Tariff, string? TariffEn, PlanStatus Status, decimal DiscountPercent, decimal Subsidy, string RequestedBy,
    DateOnly? EffectiveOn, DateOnly? ExpiresOn);

/// <summary>A contact at the customer; <see cref="Phone"/> is already masked (138****5678) when <see cref="PhoneMasked"/>.</summary>
public sealed record CustomerContact(string Name, string? Title, string? Phone, bool IsKeyPerson, bool PhoneMasked);
