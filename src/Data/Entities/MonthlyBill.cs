namespace BotApp.Data.Entities;

/// <summary>
/// Revenue billed to a customer for one product in one month. Keyed by (customer, month, product), so a
/// re-imported month replaces rather than duplicates. Month is yyyyMM as an int (Rules/BillingMonth): small at
/// tens of millions of rows, and it sorts and ranges in SQL.
/// </summary>
public sealed class MonthlyBill : ICustomerOwned
{
    public long CustomerId { get; set; }
    public GroupCustomer Customer { get; set; } = null!;
    public int Month { get; set; }
    public long ProductId { get; set; }
    public Product Product { get; set; } = null!;

    /// <summary>Yuan, stored as integer fen (ADR-007).</summary>
    public decimal Revenue { get; set; }
}
