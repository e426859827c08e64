using BotApp.Data.Entities;
using BotApp.Data.Search;
using BotApp.Handlers.Audit;
using BotApp.Handlers.Customers;
using BotApp.Handlers.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotApp.Data.Tests.Customers;

/// <summary>Each call is a turn: a fresh context, the handler as Mediator would build it, today's clock unless given.</summary>
public sealed partial class LookupWorld
{
    private ServiceProvider? _services;
    private AuditTrail? _audit;

    /// <summary>The audit trail as the host has it: one singleton, writing behind through scoped contexts of this database.</summary>
    public AuditTrail Audit
    {
        get
        {
            _services ??= new ServiceCollection().AddScoped(_ => Database.CreateContext()).BuildServiceProvider();
            return _audit ??= new AuditTrail(_services.GetRequiredService<IServiceScopeFactory>(), Clock(), new AuditOptions(), NullLogger<AuditTrail>.Instance);
        }
    }

    public Task<CustomerPage> FindAsync(Staff viewer, CustomerLookup lookup, int skip = 0, int take = 10) =>
        FindAsync(Member(viewer), lookup, Clock(), skip, take);

    public async Task<CustomerPage> FindAsync(StaffMember viewer, CustomerLookup lookup, TimeProvider time, int skip = 0, int take = 10)
    {
        await using var db = Database.CreateContext();
        return await new FindCustomersHandler(db, time, Audit).Handle(new FindCustomers(viewer, lookup, skip, take), CancellationToken.None);
    }

    public async Task<string[]> NamesAsync(Staff viewer, CustomerLookup lookup) =>
        (await FindAsync(viewer, lookup)).Items.Select(c => c.Name).ToArray();

    public async Task<CustomerDetail?> DetailAsync(Staff viewer, long customerId)
    {
        await using var db = Database.CreateContext();
        return await new GetCustomerDetailHandler(db, Clock(), Audit).Handle(new GetCustomerDetail(Member(viewer), customerId), CancellationToken.None);
    }

    public async Task<CustomerBills?> BillsAsync(Staff viewer, long customerId, int months = 12)
    {
        await using var db = Database.CreateContext();
        return await new GetCustomerBillsHandler(db, Clock(), Audit).Handle(new GetCustomerBills(Member(viewer), customerId, months), CancellationToken.None);
    }

    public async Task<AuditEntry> LastAuditAsync()
    {
        await Audit.FlushAsync(CancellationToken.None);
        await using var db = Database.CreateContext();
        return await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync();
    }
}
