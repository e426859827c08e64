using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Data.Search;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Demo;

/// <summary>
/// Fills an empty, migrated database with demo data: org tree, staff of every role, catalogue, and
/// <see cref="DemoSettings.Customers"/> group customers with contacts, subscriptions, 24 months of bills, agreements,
/// arrears, plans and work orders. Deterministic: the same seed and the same today (Asia/Shanghai, from the
/// TimeProvider) give the same rows. Grades are derived from the bills by CustomerGradeCache, never typed. ADR-014.
/// </summary>
public static class DemoData
{
    public static Task<DemoSummary> CreateAsync(BotDbContext db, DemoSettings settings, TimeProvider time, IProgress<string>? progress, CancellationToken cancellationToken) =>
        CreateAsync(db, settings, time, progress, newFile: false, cancellationToken);

    /// <param name="newFile">The database is a file nobody else has open and that is discarded on failure: load it without a journal.</param>
    internal static async Task<DemoSummary> CreateAsync(BotDbContext db, DemoSettings settings, TimeProvider time, IProgress<string>? progress, bool newFile, CancellationToken cancellationToken)
    {
        settings.Validate();
        var started = time.GetTimestamp();
        var world = new DemoWorld(settings, new DemoCalendar(ShanghaiDate.Today(time)));
        var counts = new DemoCounts();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await db.Staff.AnyAsync(cancellationToken) || await db.GroupCustomers.AnyAsync(cancellationToken))
                throw new InvalidOperationException("Demo data goes into an empty database; this one already has staff or customers.");
            await using var session = await DemoLoadSession.BeginAsync(db.Database.GetDbConnection(), LoadedTables(db), newFile, cancellationToken);
            await DemoReferenceData.WriteAsync(db, world, counts, cancellationToken);
            await DemoLoader.LoadAsync(db, world, counts, time, progress, cancellationToken);
            var loaded = time.GetTimestamp();

            await CustomerGradeCache.RefreshAsync(db, world.Calendar.LastClosedMonth, customerId: null, cancellationToken);
            var graded = time.GetTimestamp();

            await session.EndAsync(cancellationToken);
            // The load dropped the search triggers and wrote customers with raw SQL: index them all at once.
            await CustomerSearchIndex.RebuildAsync(db, cancellationToken);
            return new DemoSummary(settings, world.Calendar, counts,
                Load: time.GetElapsedTime(started, loaded), Grades: time.GetElapsedTime(loaded, graded),
                Indexes: time.GetElapsedTime(graded), Total: time.GetElapsedTime(started));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string[] LoadedTables(BotDbContext db) =>
    [
        .. new[]
        {
            typeof(OrgUnit), typeof(Staff), typeof(Product), typeof(Tariff), typeof(GroupCustomer), typeof(KeyContact), typeof(Subscription),
            typeof(Agreement), typeof(MonthlyBill), typeof(Arrears), typeof(PersonalisedPlan), typeof(ApprovalStep), typeof(WorkOrder),
        }.Select(type => db.Model.FindEntityType(type)!.GetTableName()!),
    ];
}
