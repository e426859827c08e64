using BotApp.Data.Entities;
using BotApp.Data.Search;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Data.Visibility;
using BotApp.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Search;

/// <summary>
/// The index behind a department viewer's search: kept by triggers for ordinary writes, rebuilt after bulk loads.
/// A department viewer without filters always searches through the index, so a missing entry is a missing result.
/// </summary>
public sealed class CustomerSearchIndexTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly OrgUnit _unit = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
    private readonly Staff _manager;
    private readonly Staff _admin;
    private int _codes;

    public CustomerSearchIndexTests()
    {
        _manager = Store.Staff(StaffRole.AccountManager, _unit);
        _admin = Store.Staff(StaffRole.Admin, _unit);
        using var db = _database.CreateContext();
        db.AddRange(_manager, _admin);
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_migration_creates_the_triggers_that_keep_the_index()
    {
        await using var db = _database.CreateContext();

        var triggers = await db.Database.SqlQuery<string>($"""SELECT "name" AS "Value" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'GroupCustomers' ORDER BY 1""").ToListAsync();

        Assert.Equal(["CustomerSearch_Delete", "CustomerSearch_Insert", "CustomerSearch_Update"], triggers);
    }

    [Fact]
    public async Task The_rebuild_leaves_the_name_start_indexes_as_the_migration_made_them()
    {
        await AddAsync("宁波华东模具有限公司", 12_000m);
        var before = await NameStartIndexesAsync();

        await RebuildAsync();

        Assert.Equal(2, before.Count);
        Assert.Equal(before, await NameStartIndexesAsync());
    }

    [Fact]
    public async Task Inserted_renamed_and_deleted_customers_are_found_as_they_are_now()
    {
        var customer = await AddAsync("宁波华东模具有限公司", 12_000m);
        Assert.Equal([customer.Id], await FindIdsAsync("华东模具"));

        await using (var db = _database.CreateContext())
        {
            db.Attach(customer);
            customer.Name = "宁波远航电器有限公司";
            customer.NameEn = "Ningbo Yuanhang Electric";
            await db.SaveChangesAsync();
        }
        Assert.Empty(await FindIdsAsync("华东模具"));
        Assert.Equal([customer.Id], await FindIdsAsync("远航"));
        Assert.Equal([customer.Id], await FindIdsAsync("yuanhang"));

        await using (var db = _database.CreateContext())
        {
            db.Remove(customer);
            await db.SaveChangesAsync();
        }
        Assert.Empty(await FindIdsAsync("远航"));
        Assert.Equal(0, await IndexRowsAsync(customer.Id));
    }

    [Fact]
    public async Task A_grade_change_moves_the_customer_to_its_new_band_once()
    {
        var customers = new List<GroupCustomer>();
        for (var i = 0; i < 40; i++)
            customers.Add(await AddAsync($"宁波客户{i:D2}有限公司", 1_000m * i));
        await RebuildAsync();
        var riser = customers[0];

        await using (var db = _database.CreateContext())
        {
            db.Attach(riser);
            riser.ApplyGrade(90_000m, 202610);
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await IndexRowsAsync(riser.Id));
        Assert.Equal(riser.Id, (await FindIdsAsync("客户", grade: 5))[0]);
        Assert.DoesNotContain(riser.Id, await FindIdsAsync("客户", grade: 1));
    }

    [Fact]
    public async Task A_revenue_change_within_a_band_reorders_the_results()
    {
        var smaller = await AddAsync("宁波华东模具有限公司", 10_000m);
        var larger = await AddAsync("余姚华东模具厂", 12_000m);
        Assert.Equal([larger.Id, smaller.Id], await FindIdsAsync("华东模具"));

        await using (var db = _database.CreateContext())
        {
            db.Attach(smaller);
            smaller.ApplyGrade(13_000m, 202610);
            await db.SaveChangesAsync();
        }

        Assert.Equal([smaller.Id, larger.Id], await FindIdsAsync("华东模具"));
    }

    [Fact]
    public async Task A_suspended_index_misses_a_bulk_load_until_it_is_rebuilt()
    {
        await using (var db = _database.CreateContext())
        {
            await CustomerSearchIndex.SuspendAsync(db, CancellationToken.None);
            await BulkInsert.RunAsync(db, Enumerable.Range(1, 50).Select(i => new GroupCustomer
            {
                Code = $"C9{i:D8}",
                Name = $"慈溪远航{i}号仓储有限公司",
                OrgUnitId = _unit.Id,
                AccountManagerId = _manager.Id,
            }), CancellationToken.None);
        }
        Assert.Empty(await FindIdsAsync("远航"));

        await RebuildAsync();

        Assert.Equal(50, (await FindIdsAsync("远航", take: 100)).Length);
        await using var check = _database.CreateContext();
        Assert.False(await CustomerSearchIndex.IsSuspendedAsync(check, CancellationToken.None));
    }

    [Fact]
    public async Task The_rebuild_repairs_search_text_that_raw_SQL_left_stale()
    {
        var customer = await AddAsync("宁波华东模具有限公司", 12_000m);
        await using (var db = _database.CreateContext())
            await db.Database.ExecuteSqlAsync($"""UPDATE "GroupCustomers" SET "Name" = '宁波远航电器有限公司' WHERE "Id" = {customer.Id}""");

        await RebuildAsync();

        Assert.Equal([customer.Id], await FindIdsAsync("远航电器"));
        Assert.Empty(await FindIdsAsync("华东"));
    }

    [Fact]
    public async Task Startup_rebuilds_an_index_left_suspended()
    {
        await AddAsync("宁波华东模具有限公司", 12_000m);
        await using (var db = _database.CreateContext())
        {
            await CustomerSearchIndex.SuspendAsync(db, CancellationToken.None);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "CustomerSearchTrigrams" ("CustomerSearchTrigrams") VALUES ('delete-all')""");
        }

        await using (var db = _database.CreateContext())
            await CustomerSearchIndex.RebuildIfSuspendedAsync(db, CancellationToken.None);

        Assert.Single(await FindIdsAsync("华东模具"));
    }

    [Fact]
    public async Task Triggers_index_a_customer_exactly_as_the_rebuild_does()
    {
        var customers = new List<GroupCustomer>();
        for (var i = 0; i < 30; i++)
            customers.Add(await AddAsync($"宁波{i}号华东模具（余姚）有限公司", 2_000m * i, $"Ningbo No.{i} Huadong MOULD"));
        await RebuildAsync();
        var rebuilt = await IndexEntriesAsync();

        // Delete and insert the same customers again: the triggers index them with the bands the rebuild chose.
        await using (var db = _database.CreateContext())
            await db.GroupCustomers.ExecuteDeleteAsync();
        Assert.Empty(await IndexEntriesAsync());
        foreach (var customer in customers)
            await AddAsync(customer.Name, customer.GradeRevenue, customer.NameEn, customer.Id);

        Assert.Equal(rebuilt, await IndexEntriesAsync());
        Assert.Contains(rebuilt, e => e.Key >> 40 > 0);
    }

    private async Task<GroupCustomer> AddAsync(string name, decimal monthlyRevenue, string? nameEn = null, long id = 0)
    {
        await using var db = _database.CreateContext();
        var customer = new GroupCustomer { Id = id, Code = $"C{++_codes:D9}", Name = name, NameEn = nameEn, OrgUnitId = _unit.Id, AccountManagerId = _manager.Id };
        customer.ApplyGrade(monthlyRevenue, 202610);
        db.GroupCustomers.Add(customer);
        await db.SaveChangesAsync();
        return customer;
    }

    private async Task<List<string>> NameStartIndexesAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Database.SqlQuery<string>(
            $"""SELECT "sql" AS "Value" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'CustomerSearchDocuments' ORDER BY "name" """).ToListAsync();
    }

    private async Task RebuildAsync()
    {
        await using var db = _database.CreateContext();
        await CustomerSearchIndex.RebuildAsync(db, CancellationToken.None);
    }

    private async Task<long[]> FindIdsAsync(string fragment, int? grade = null, int take = 10)
    {
        await using var db = _database.CreateContext();
        var viewer = await StaffIdentity.FindAsync(db, _admin.Id, CancellationToken.None);
        var page = await CustomerSearch.FindAsync(db, viewer!, new(NameFragment: fragment, Grade: grade), 0, take, CancellationToken.None);
        return page.Items.Select(c => c.Id).ToArray();
    }

    private async Task<int> IndexRowsAsync(long customerId)
    {
        var entries = await IndexEntriesAsync();
        return entries.Where(e => (e.Key & 0xFF_FFFF_FFFF) == customerId).Select(e => (e.Table, e.Key)).Distinct().Count(e => e.Table == "t");
    }

    /// <summary>Every (table, key, term) in both index tables (read through fts5vocab) and every document.</summary>
    private async Task<HashSet<(string Table, long Key, string Term)>> IndexEntriesAsync()
    {
        await using var db = _database.CreateContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp."t" USING fts5vocab(main, 'CustomerSearchTrigrams', 'instance');
            CREATE VIRTUAL TABLE IF NOT EXISTS temp."b" USING fts5vocab(main, 'CustomerSearchBigrams', 'instance');
            """);
        var rows = await db.Database.SqlQuery<IndexEntry>($"""
            SELECT 't' AS "Table", "doc" AS "Key", "term" AS "Term" FROM temp."t"
            UNION ALL SELECT 'b', "doc", "term" FROM temp."b"
            UNION ALL SELECT 'd', "Key", "Text" || '|' || "Grade" || '|' || "Revenue" FROM "CustomerSearchDocuments"
            """).ToListAsync();
        return rows.Select(r => (r.Table, r.Key, r.Term)).ToHashSet();
    }

    private sealed record IndexEntry(string Table, long Key, string Term);
}
