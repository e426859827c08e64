using System.Data.Common;
using BotApp.Data.Entities;
using BotApp.Data.Search;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BotApp.Data.Tests.Search;

/// <summary>
/// How SQLite reads a result page's summaries: by the page's keys, whatever the search filtered on. Read through an
/// industry or grade filter's index instead, a page cost 20–35 ms at a million customers (docs/performance.md,
/// "Customer lookup turns").
/// </summary>
public sealed class CustomerSummariesPlanTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly Staff _department;
    private readonly Staff _lead;

    /// <summary>A full page (ten keys) of hospitals in one county: fewer keys would make SQLite read them by key anyway.</summary>
    public CustomerSummariesPlanTests()
    {
        using var db = _database.CreateContext();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var cixi = branch.AddChild("CX", "慈溪分公司", OrgUnitKind.CountyBranch);
        var manager = Store.Staff(StaffRole.AccountManager, cixi);
        _department = Store.Staff(StaffRole.BusinessApprover, branch);
        _lead = Store.Staff(StaffRole.UnitLead, cixi);
        for (var i = 1; i <= 12; i++)
        {
            var hospital = Store.Customer(manager, cixi, $"慈溪市第{i}人民医院");
            hospital.Industry = Industry.Healthcare;
            hospital.ApplyGrade(100m * i, 202610);
            db.Add(hospital);
        }
        db.AddRange(_department, _lead);
        db.SaveChanges();
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_page_is_read_by_key_not_through_a_filter_index(string viewer, CustomerQuery query)
    {
        var recorder = new SelectRecorder();
        await using var db = Context(recorder);
        var staff = viewer == "department" ? _department : _lead;
        var identity = await StaffIdentity.FindAsync(db, staff.Id, CancellationToken.None);

        var page = await CustomerSearch.FindAsync(db, identity!, query, 0, 10, CancellationToken.None);

        Assert.Equal(10, page.Items.Count);
        var plan = await ExplainAsync(db, recorder.Selects.Single(s => s.Text.Contains("\"g\".\"NameEn\"", StringComparison.Ordinal)));
        Assert.StartsWith("SEARCH g USING INTEGER PRIMARY KEY", plan[0], StringComparison.Ordinal);
        Assert.DoesNotContain(plan, step => step.Contains("IX_GroupCustomers_", StringComparison.Ordinal));
    }

    public static TheoryData<string, CustomerQuery> Filters => new()
    {
        { "department", new CustomerQuery(Industry: Industry.Healthcare) },
        { "department", new CustomerQuery(Grade: 1) },
        { "unit lead", new CustomerQuery(Industry: Industry.Healthcare) },
        { "unit lead", new CustomerQuery(NameFragment: "人民医院", Industry: Industry.Healthcare) },
    };

    public void Dispose() => _database.Dispose();

    private BotDbContext Context(SelectRecorder recorder)
    {
        using var plain = _database.CreateContext();
        return new(new DbContextOptionsBuilder<BotDbContext>()
            .UseSqlite(plain.Database.GetConnectionString())
            .AddInterceptors(new SqlitePragmas(), recorder)
            .Options);
    }

    /// <summary>The plan's steps, outermost first.</summary>
    private static async Task<List<string>> ExplainAsync(BotDbContext db, (string Text, (string Name, object? Value)[] Parameters) select)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + select.Text;
        foreach (var (name, value) in select.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            steps.Add(reader.GetString(3));
        return steps;
    }

    /// <summary>Every SELECT the search ran, with its parameter values.</summary>
    private sealed class SelectRecorder : DbCommandInterceptor
    {
        public List<(string Text, (string Name, object? Value)[] Parameters)> Selects { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Selects.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
