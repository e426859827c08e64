using System.Text;
using BotApp.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Import;

/// <summary>
/// Imports one CSV file of BSS data (docs/import.md): decode (UTF-8 or GB18030), validate every row against the
/// file's own rows and the database, and only if nothing is wrong upsert all rows in one transaction. A rejected
/// file writes nothing; the same file twice changes nothing the second time.
/// </summary>
public static class CsvImporter
{
    public static async Task<ImportResult> ImportAsync(BotDbContext db, ImportKind kind, Stream file, Encoding? encoding, TimeProvider time,
        CancellationToken cancellationToken)
    {
        encoding ??= await CsvEncoding.DetectAsync(file, cancellationToken);
        var today = ShanghaiDate.Today(time);
        // One connection for the reference lookups, the customer-code lookups and the write.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var references = await ImportReferences.LoadAsync(db, cancellationToken);
            using var customers = new CustomerCodes(db);
            var run = new ImportFile(db, file, encoding, kind);
            return kind switch
            {
                ImportKind.Customers => await run.RunAsync(new CustomerImport(references), cancellationToken),
                ImportKind.Agreements => await run.RunAsync(new AgreementImport(customers), cancellationToken),
                ImportKind.Bills => await run.RunAsync(new BillImport(customers, references, today), cancellationToken),
                ImportKind.Arrears => await run.RunAsync(new ArrearsImport(customers, today), cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<ImportResult> ImportAsync(BotDbContext db, ImportKind kind, string path, Encoding? encoding, TimeProvider time,
        CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, useAsync: false);
        return await ImportAsync(db, kind, file, encoding, time, cancellationToken);
    }
}
