using BotApp.Data.Writes;

namespace BotApp.Data.Demo;

/// <summary>The rows every customer refers to: org units, staff, products and tariffs, in one transaction.</summary>
internal static class DemoReferenceData
{
    public static async Task WriteAsync(BotDbContext db, DemoWorld world, DemoCounts counts, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        counts.OrgUnits = await BulkInsert.RunAsync(db, world.Units, cancellationToken);
        counts.Staff = await BulkInsert.RunAsync(db, world.Roster.Staff, cancellationToken);
        counts.Products = await BulkInsert.RunAsync(db, DemoCatalogue.Products(), cancellationToken);
        counts.Tariffs = await BulkInsert.RunAsync(db, DemoCatalogue.Tariffs(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
