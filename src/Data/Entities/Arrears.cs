namespace BotApp.Data.Entities;

/// <summary>
/// 欠费: an amount a customer still owes for one billing month. Age is not stored; it follows from
/// <see cref="DueOn"/> and today (Rules/ArrearsAge).
/// </summary>
public sealed class Arrears : ICustomerOwned
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public GroupCustomer Customer { get; set; } = null!;

    /// <summary>The billing month (yyyyMM) the amount was billed in; one row per customer and month.</summary>
    public int BillMonth { get; set; }
    public decimal Amount { get; set; }
    public DateOnly DueOn { get; set; }
}
