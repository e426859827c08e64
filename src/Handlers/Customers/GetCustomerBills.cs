using System.Globalization;
using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Handlers.Audit;
using BotApp.Handlers.Staff;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Customers;

/// <summary>
/// Month-by-month revenue by product category for the <paramref name="Months"/> closed billing months up to the last
/// one, latest first. Null, exactly like GetCustomerDetail, when the customer does not exist or the viewer may not
/// see it. Audited.
/// </summary>
public sealed record GetCustomerBills(StaffMember Viewer, long CustomerId, int Months = 12) : IQuery<CustomerBills?>
{
    public const int MaxMonths = 36;
}

public sealed class GetCustomerBillsHandler(BotDbContext db, TimeProvider time, AuditTrail audit) : IQueryHandler<GetCustomerBills, CustomerBills?>
{
    public async ValueTask<CustomerBills?> Handle(GetCustomerBills query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Months);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Months, GetCustomerBills.MaxMonths);
        var rows = new CustomerRows(db, query.Viewer.Identity, query.CustomerId);
        CustomerBills? bills;
        LookupOutcome outcome;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            bills = await ReadAsync(rows, BillingMonth.LastClosed(query.Viewer.Today(time)), query.Months, cancellationToken);
            outcome = bills is null ? await rows.OutcomeWhenMissingAsync(cancellationToken) : LookupOutcome.Shown;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        await audit.RecordAsync(query.Viewer.Id, CustomerAudit.Bills, CustomerAudit.EntityType,
            query.CustomerId.ToString(CultureInfo.InvariantCulture), new { outcome, query.Months }, cancellationToken);
        return bills;
    }

    private static async Task<CustomerBills?> ReadAsync(CustomerRows rows, int lastClosed, int months, CancellationToken cancellationToken)
    {
        if (await rows.Customer.Select(c => new { c.Id, c.Code, c.Name, c.NameEn }).FirstOrDefaultAsync(cancellationToken) is not { } customer)
            return null;
        var first = BillingMonth.Add(lastClosed, 1 - months);
        var billed = await rows.Of<MonthlyBill>()
            .Where(b => b.Month >= first && b.Month <= lastClosed)
            .GroupBy(b => new { b.Month, b.Product.Category })
            .Select(g => new Billed(g.Key.Month, new CategoryRevenue(g.Key.Category, g.Sum(b => b.Revenue))))
            .ToListAsync(cancellationToken);
        var categories = billed.GroupBy(b => b.Split.Category)
            .OrderByDescending(g => g.Sum(b => b.Split.Revenue)).ThenBy(g => g.Key)
            .Select(g => g.Key).ToList();
        var byMonth = Enumerable.Range(0, months).Select(back => MonthOf(BillingMonth.Add(lastClosed, -back), billed)).ToList();
        return new CustomerBills(customer.Id, customer.Code, customer.Name, customer.NameEn, categories, byMonth);
    }

    private static MonthBills MonthOf(int month, List<Billed> billed)
    {
        var split = billed.Where(b => b.Month == month).Select(b => b.Split).OrderByDescending(c => c.Revenue).ThenBy(c => c.Category).ToList();
        return new(month, split.Sum(c => c.Revenue), split);
    }

    private sealed record Billed(int Month, CategoryRevenue Split);
}
