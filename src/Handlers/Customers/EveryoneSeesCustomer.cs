using BotApp.Data;
using BotApp.Data.Visibility;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Handlers.Customers;

/// <summary>
/// True when every one of <see cref="Readers"/> may see the customer (CustomerVisibility) — a card shared into a chat
/// may then show more than who the customer is. False for an empty list, and for a customer that does not exist.
/// </summary>
public sealed record EveryoneSeesCustomer(IReadOnlyList<StaffIdentity> Readers, long CustomerId) : IQuery<bool>;

public sealed class EveryoneSeesCustomerHandler(BotDbContext db) : IQueryHandler<EveryoneSeesCustomer, bool>
{
    public async ValueTask<bool> Handle(EveryoneSeesCustomer query, CancellationToken cancellationToken)
    {
        if (query.Readers.Count == 0)
            return false;
        if (!await db.GroupCustomers.AnyAsync(c => c.Id == query.CustomerId, cancellationToken))
            return false;
        // Department roles see every customer that exists; the others are checked one by one.
        foreach (var reader in query.Readers.Where(r => !CustomerVisibility.SeesAllCustomers(r)).Distinct())
        {
            var sees = await CustomerVisibility.VisibleCustomers(db, reader).AnyAsync(c => c.Id == query.CustomerId, cancellationToken);
            if (!sees)
                return false;
        }
        return true;
    }
}
