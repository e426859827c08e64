using BotApp.Data.Entities;

namespace BotApp.Handlers.Customers;

/// <summary>
/// The bills card: revenue month by month, latest first, split by product category (GetCustomerBills). Every month of
/// the period is listed; one without bills has a 0 total and no categories. <see cref="Categories"/> are those billed
/// in the period, highest total first, for a table's columns.
/// </summary>
public sealed record CustomerBills(
    long CustomerId, string Code, string Name, string? NameEn, IReadOnlyList<ProductCategory> Categories, IReadOnlyList<MonthBills> Months);

/// <summary>One billing month (yyyyMM): the total and each category billed, highest first. Yuan.</summary>
public sealed record MonthBills(int Month, decimal Total, IReadOnlyList<CategoryRevenue> ByCategory);

public sealed record CategoryRevenue(ProductCategory Category, decimal Revenue);
