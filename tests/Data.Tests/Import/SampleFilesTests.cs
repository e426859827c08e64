using BotApp.Data.Import;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Import;

/// <summary>The committed samples (docs/samples/import) on a database holding only the reference data: the issue's "done when".</summary>
public sealed class SampleFilesTests : IDisposable
{
    private static readonly (ImportKind Kind, string File)[] Samples =
    [
        (ImportKind.Customers, "customers.csv"),
        (ImportKind.Agreements, "agreements.csv"),
        (ImportKind.Bills, "bills-gbk.csv"),
        (ImportKind.Arrears, "arrears.csv"),
    ];

    private readonly ImportWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_samples_import_in_order_onto_reference_data_alone()
    {
        var results = await ImportSamplesAsync();

        Assert.Equal(
            [("UTF-8", new UpsertCounts(6, 0, 0)), ("UTF-8", new UpsertCounts(7, 0, 0)), ("GB18030", new UpsertCounts(25, 0, 0)), ("UTF-8", new UpsertCounts(3, 0, 0))],
            results.Select(r => (r.Encoding, r.Counts!)));
    }

    [Fact]
    public async Task Importing_the_samples_twice_changes_nothing_the_second_time()
    {
        await ImportSamplesAsync();
        var before = await _world.DigestAsync();

        var again = await ImportSamplesAsync();

        Assert.Equal(before, await _world.DigestAsync());
        Assert.All(again, r => Assert.Equal((0, 0), (r.Counts!.Inserted, r.Counts.Updated)));
        Assert.Equal(6 + 7 + 25 + 3, again.Sum(r => r.Counts!.Unchanged));
    }

    [Fact]
    public async Task The_GBK_sample_reads_the_same_with_the_encoding_named()
    {
        await using (var customers = File.OpenRead(SamplePath("customers.csv")))
            await _world.ImportAsync(ImportKind.Customers, customers);

        await using var file = File.OpenRead(SamplePath("bills-gbk.csv"));
        var result = await _world.ImportAsync(ImportKind.Bills, file, CsvEncoding.FromName("gbk"));

        Assert.Equal(("GBK", 25), (result.Encoding, result.Counts!.Inserted));
    }

    [Fact]
    public async Task After_the_sample_bills_every_sample_customer_has_its_grade()
    {
        await ImportSamplesAsync();

        await using var db = _world.CreateContext();
        var grades = await db.GroupCustomers.OrderBy(c => c.Code).Select(c => new { c.Code, c.Grade, c.GradedMonth }).ToListAsync();
        Assert.Equal([1, 2, 5, 4, 3, 2], grades.Select(g => g.Grade));
        Assert.All(grades, g => Assert.Equal(202610, g.GradedMonth));
    }

    private async Task<List<ImportResult>> ImportSamplesAsync()
    {
        var results = new List<ImportResult>();
        foreach (var (kind, file) in Samples)
        {
            await using var stream = File.OpenRead(SamplePath(file));
            var result = await _world.ImportAsync(kind, stream);
            Assert.True(result.Applied, $"{file}: {string.Join("; ", result.Problems.Select(p => ImportReport.Line(p, ImportText.English)))}");
            results.Add(result);
        }
        return results;
    }

    private static string SamplePath(string file) => Path.Combine(AppContext.BaseDirectory, "Samples", file);
}
