using BotApp.Data;
using BotApp.Data.Search;
using BotApp.Handlers.Audit;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Handlers.Customers;

/// <summary>
/// The customers a member of staff may see that match what they asked for, best first (Data/Search, ADR-011, ADR-012).
/// Another manager's customer is never found, by name or by code: it answers like one that does not exist.
/// </summary>
public sealed record FindCustomers(StaffMember Viewer, CustomerLookup Lookup, int Skip = 0, int Take = 10) : IQuery<CustomerPage>;

public sealed class FindCustomersHandler(BotDbContext db, TimeProvider time, AuditTrail audit) : IQueryHandler<FindCustomers, CustomerPage>
{
    public async ValueTask<CustomerPage> Handle(FindCustomers query, CancellationToken cancellationToken)
    {
        var criteria = LookupCriteria.ToQuery(query.Lookup, query.Viewer.Today(time));
        var page = await CustomerSearch.FindAsync(db, query.Viewer.Identity, criteria, query.Skip, query.Take, cancellationToken);
        await audit.RecordAsync(query.Viewer.Id, CustomerAudit.Search, CustomerAudit.EntityType, CustomerAudit.AnyCustomer,
            new { criteria, query.Skip, query.Take, page.Total, Shown = page.Items.Select(c => c.Id) }, cancellationToken);
        return page;
    }
}
