using System.Globalization;
using System.Threading.Channels;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BotApp.Data.Demo;

/// <summary>
/// Generates customers on one thread while another writes the previous chunk, so the two cores of a small machine
/// both work. Generation runs in customer-id order through one <see cref="DemoWorld"/>, which keeps it deterministic;
/// each chunk is one transaction.
/// </summary>
internal static class DemoLoader
{
    public const int ChunkSize = 10_000;

    public static async Task LoadAsync(BotDbContext db, DemoWorld world, DemoCounts counts, TimeProvider time, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<DemoChunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(world, channel.Writer, stop.Token), CancellationToken.None);
        var started = time.GetTimestamp();
        var total = world.Settings.Customers;
        var reportEvery = Math.Max(1, total / 10);
        try
        {
            await using var bills = await DemoBills.CreateAsync(db.Database.GetDbConnection(), world.Calendar, cancellationToken);
            await foreach (var chunk in channel.Reader.ReadAllAsync(cancellationToken))
            {
                await WriteAsync(db, bills, chunk, counts, cancellationToken);
                if (counts.Customers % reportEvery < chunk.Customers.Count || counts.Customers == total)
                    progress?.Report(string.Create(CultureInfo.InvariantCulture, $"  {counts.Customers:N0} / {total:N0} customers, {time.GetElapsedTime(started).TotalSeconds:F1} s"));
            }
        }
        finally
        {
            // Stops the producer when the writer gave up; it reports its own failures through the channel.
            await stop.CancelAsync();
            await producer;
        }
        // BulkInsert writes Version as it is (0); SaveChanges would have stamped 1 on insert (ADR-010).
        await db.Plans.ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, 1), cancellationToken);
        await db.WorkOrders.ExecuteUpdateAsync(s => s.SetProperty(w => w.Version, 1), cancellationToken);
    }

    private static async Task ProduceAsync(DemoWorld world, ChannelWriter<DemoChunk> writer, CancellationToken cancellationToken)
    {
        try
        {
            for (long from = 1; from <= world.Settings.Customers; from += ChunkSize)
            {
                var chunk = new DemoChunk();
                for (var id = from; id < from + ChunkSize && id <= world.Settings.Customers; id++)
                    DemoCustomers.Add(world, chunk, id);
                await writer.WriteAsync(chunk, cancellationToken);
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }

    private static async Task WriteAsync(BotDbContext db, DemoBills bills, DemoChunk chunk, DemoCounts counts, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        counts.Customers += await BulkInsert.RunAsync(db, chunk.Customers, cancellationToken);
        counts.Contacts += await BulkInsert.RunAsync(db, chunk.Contacts, cancellationToken);
        counts.Subscriptions += await BulkInsert.RunAsync(db, chunk.Subscriptions, cancellationToken);
        counts.Agreements += await BulkInsert.RunAsync(db, chunk.Agreements, cancellationToken);
        counts.Plans += await BulkInsert.RunAsync(db, chunk.Plans, cancellationToken);
        counts.ApprovalSteps += await BulkInsert.RunAsync(db, chunk.ApprovalSteps, cancellationToken);
        counts.WorkOrders += await BulkInsert.RunAsync(db, chunk.WorkOrders, cancellationToken);
        var (billRows, arrearsRows) = await bills.WriteAsync(transaction.GetDbTransaction(), chunk, cancellationToken);
        counts.Bills += billRows;
        counts.Arrears += arrearsRows;
        await transaction.CommitAsync(cancellationToken);
    }
}
