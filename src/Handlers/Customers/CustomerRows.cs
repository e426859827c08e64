using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Customers;

/// <summary>
/// One customer and its rows as a viewer may read them: every query starts from CustomerVisibility.VisibleCustomers
/// narrowed to the id and joins the rows to it, so SQLite finds the customer by key, checks the rule on that one row
/// and reads the rows by their CustomerId index. (VisibleRows would compare against the viewer's whole visible set,
/// which for a unit lead is a hundred thousand ids to build per query.)
/// </summary>
internal sealed class CustomerRows(BotDbContext db, StaffIdentity viewer, long customerId)
{
    public IQueryable<GroupCustomer> Customer { get; } = CustomerVisibility.VisibleCustomers(db, viewer).AsNoTracking().Where(c => c.Id == customerId);

    /// <summary>The customer's plans the viewer may read: plans are confidential, and seeing the customer is not enough (ADR-009).</summary>
    public IQueryable<PersonalisedPlan> Plans { get; } = CustomerVisibility.VisiblePlans(db, viewer).AsNoTracking().Where(p => p.CustomerId == customerId);

    public IQueryable<T> Of<T>()
        where T : class, ICustomerOwned =>
        Customer.Join(db.Set<T>().AsNoTracking(), c => c.Id, row => row.CustomerId, (_, row) => row);

    /// <summary>Why a customer read came back empty, for the audit log only: one lookup by key, outside visibility on purpose.</summary>
    public async Task<LookupOutcome> OutcomeWhenMissingAsync(CancellationToken cancellationToken) =>
        await db.GroupCustomers.AnyAsync(c => c.Id == customerId, cancellationToken) ? LookupOutcome.NotVisible : LookupOutcome.NotFound;
}
