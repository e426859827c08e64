using BotApp.Data.Entities;
using BotApp.Data.Search;
using BotApp.Data.Tests.Demo;
using BotApp.Data.Visibility;
using BotApp.Handlers.Audit;
using BotApp.Handlers.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotApp.Data.Tests.Customers;

/// <summary>
/// The lookup filters on 1,500 demo customers against a brute-force answer, for an account manager, a service
/// manager, a unit lead and a department approver: small sets tested one by one, large ones matched from the
/// arrears or agreement side first (a year's window matches more than CustomerSearch.CountLimit customers).
/// </summary>
public sealed class RowFilterOracleTests : IClassFixture<DemoFixture>, IAsyncLifetime
{
    private readonly DemoFixture _demo;
    private readonly ServiceProvider _services;
    private readonly AuditTrail _audit;

    public RowFilterOracleTests(DemoFixture fixture)
    {
        _demo = fixture;
        _services = new ServiceCollection().AddScoped(_ => _demo.CreateContext()).BuildServiceProvider();
        _audit = new AuditTrail(_services.GetRequiredService<IServiceScopeFactory>(), _demo.Time, new AuditOptions(), NullLogger<AuditTrail>.Instance);
    }

    public static TheoryData<string> Viewers => ["dl_wangfang", "dl_zhaoli", "dl_liuyang", "dl_liqiang"];

    private static readonly CustomerLookup[] Lookups =
    [
        new(WithArrears: true), new(AgreementsEnding: new(30)), new(AgreementsEnding: new(400)), new(AgreementsEnding: new(ThisMonth: true)),
        new(WithArrears: true, Grade: 1), new(WithArrears: true, AgreementsEnding: new(120)), new(MineOnly: true), new(MineOnly: true, WithArrears: true),
        new(AgreementsEnding: new(365), Industry: Industry.Government), new(NameFragment: "有限公司", AgreementsEnding: new(400)),
        new(NameFragment: "余姚", WithArrears: true),
    ];

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task Finds_and_counts_like_a_brute_force_filter(string webChatId)
    {
        var viewer = await ViewerAsync(webChatId);
        foreach (var lookup in Lookups)
            foreach (var skip in new[] { 0, 20 })
            {
                var expected = await ExpectedAsync(viewer, lookup);

                await using var db = _demo.CreateContext();
                var page = await new FindCustomersHandler(db, _demo.Time, _audit).Handle(new FindCustomers(viewer, lookup, skip, 10), CancellationToken.None);

                Assert.True(expected.Skip(skip).Take(10).SequenceEqual(page.Items.Select(c => c.Id)), $"{webChatId} {lookup} skip {skip}");
                // A lower bound is at least what the page shows (ADR-011: a broad fragment counts the matches among its first candidates).
                if (page.TotalIsLowerBound)
                    Assert.InRange(page.Total, Math.Min(expected.Count, skip + page.Items.Count), expected.Count);
                else
                    Assert.Equal(expected.Count, page.Total);
            }
    }

    [Fact]
    public async Task A_year_of_agreement_ends_is_more_than_a_department_viewer_is_counted_for()
    {
        var page = await FindAsync(await ViewerAsync("dl_liqiang"), new(AgreementsEnding: new(400)));

        Assert.Equal((CustomerSearch.CountLimit, true), (page.Total, page.TotalIsLowerBound));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _audit.FlushAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    private async Task<CustomerPage> FindAsync(Handlers.Staff.StaffMember viewer, CustomerLookup lookup)
    {
        await using var db = _demo.CreateContext();
        return await new FindCustomersHandler(db, _demo.Time, _audit).Handle(new FindCustomers(viewer, lookup), CancellationToken.None);
    }

    private async Task<Handlers.Staff.StaffMember> ViewerAsync(string webChatId)
    {
        await using var db = _demo.CreateContext();
        return await db.Staff.Where(s => s.WebChatId == webChatId)
            .Select(s => new Handlers.Staff.StaffMember(s.Id, s.Name, s.Role, s.OrgUnit == null ? null : s.OrgUnit.Path, s.Locale, s.TimeZone))
            .SingleAsync();
    }

    /// <summary>Visibility from the rule itself; the filters, "mine" and the ranking (relevance tier, grade, revenue, higher id) in memory.</summary>
    private async Task<List<long>> ExpectedAsync(Handlers.Staff.StaffMember viewer, CustomerLookup lookup)
    {
        await using var db = _demo.CreateContext();
        var visible = await CustomerVisibility.VisibleCustomers(db, viewer.Identity).AsNoTracking().ToListAsync();
        var inArrears = (await db.Arrears.Where(a => a.Amount > 0).Select(a => a.CustomerId).ToListAsync()).ToHashSet();
        var agreements = await db.Agreements.Where(a => a.Status == AgreementStatus.Active).Select(a => new { a.CustomerId, a.EndOn }).ToListAsync();
        var range = LookupCriteria.ToQuery(lookup, DemoDatabase.Today).AgreementsEnding;
        var ending = agreements.Where(a => range is not null && a.EndOn >= range.From && a.EndOn <= range.To).Select(a => a.CustomerId).ToHashSet();
        var fragment = SearchText.Normalize(lookup.NameFragment);
        return visible
            .Where(c => !lookup.MineOnly || viewer.Role switch
            {
                StaffRole.AccountManager => c.AccountManagerId == viewer.Id,
                StaffRole.ServiceManager => c.ServiceManagerId == viewer.Id,
                _ => c.AccountManagerId == viewer.Id || c.ServiceManagerId == viewer.Id,
            })
            .Where(c => !lookup.WithArrears || inArrears.Contains(c.Id))
            .Where(c => range is null || ending.Contains(c.Id))
            .Where(c => lookup.Grade is not { } grade || c.Grade == grade)
            .Where(c => lookup.Industry is not { } industry || c.Industry == industry)
            .Where(c => fragment.Length == 0 || c.SearchText.Contains(fragment, StringComparison.Ordinal))
            .OrderBy(c => fragment.Length == 0 ? 0 : c.SearchText.Contains($"\n{fragment}\n", StringComparison.Ordinal) ? 0 : c.SearchText.Contains($"\n{fragment}", StringComparison.Ordinal) ? 1 : 2)
            .ThenByDescending(c => c.Grade).ThenByDescending(c => c.GradeRevenue).ThenByDescending(c => c.Id)
            .Select(c => c.Id)
            .ToList();
    }
}
