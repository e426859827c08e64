using BotApp.Data.Tests.Infrastructure;
using BotApp.Handlers.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotApp.Data.Tests.Customers;

/// <summary>Entries of concurrent lookups are written together; a caller waits for the commit only when configured to.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;

    public AuditTrailTests() => _services = Scopes(_ => _database.CreateContext());

    [Fact]
    public async Task Writes_the_entries_of_concurrent_callers_by_the_time_a_flush_completes()
    {
        var trail = Trail(_services, waitForCommit: false);

        await Task.WhenAll(Enumerable.Range(1, 200).Select(i => Task.Run(() => Record(trail, i))));
        await trail.FlushAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long?)i), await StaffIdsAsync());
    }

    [Fact]
    public async Task Waiting_for_the_commit_means_the_entry_is_in_when_the_call_completes()
    {
        var trail = Trail(_services, waitForCommit: true);

        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() => Record(trail, i))));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long?)i), await StaffIdsAsync());
        await using var db = _database.CreateContext();
        Assert.Equal(LookupWorld.Now, (await db.AuditLog.FirstAsync()).At);
    }

    [Fact]
    public async Task A_caller_waiting_for_the_commit_fails_when_it_cannot_be_made()
    {
        await using var broken = Scopes(_ => throw new InvalidOperationException("store down"));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Record(Trail(broken, waitForCommit: true), 1));

        Assert.Equal("store down", failure.Message);
    }

    [Fact]
    public async Task Keeps_writing_after_a_failed_batch_and_a_caller_not_waiting_is_not_failed()
    {
        var fail = true;
        await using var flaky = Scopes(_ => fail ? throw new InvalidOperationException("store down") : _database.CreateContext());
        var trail = Trail(flaky, waitForCommit: false);
        await Record(trail, 1);
        await trail.FlushAsync(CancellationToken.None);

        fail = false;
        await Record(trail, 2);
        await trail.FlushAsync(CancellationToken.None);

        Assert.Equal([(long?)2], await StaffIdsAsync());
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    private static Task Record(AuditTrail trail, int staffId) =>
        trail.RecordAsync(staffId, "customer.view", "GroupCustomer", $"{staffId}", new { staffId }, CancellationToken.None);

    private static ServiceProvider Scopes(Func<IServiceProvider, BotDbContext> context) => new ServiceCollection().AddScoped(context).BuildServiceProvider();

    private static AuditTrail Trail(ServiceProvider services, bool waitForCommit) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), LookupWorld.Clock(), new AuditOptions { WaitForCommit = waitForCommit }, NullLogger<AuditTrail>.Instance);

    private async Task<List<long?>> StaffIdsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.AuditLog.OrderBy(a => a.StaffId).Select(a => a.StaffId).ToListAsync();
    }
}
