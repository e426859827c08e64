using BotApp.Data.Entities;
using BotApp.Data.Search;
using BotApp.Data.Tests.Infrastructure;
using BotApp.Data.Visibility;
using BotApp.Data.Writes;

namespace BotApp.Data.Tests.Search;

/// <summary>
/// Every path of the search (small sets, index with all candidates read, broad fragments read band by band, fragments
/// the index cannot look up) against a brute-force ranking of the same customers in memory. 3,000 customers are
/// enough for common fragments to exceed CustomerSearch.CountLimit candidates.
/// </summary>
public sealed class SearchOracleTests : IClassFixture<SearchOracleTests.Population>
{
    private readonly Population _population;

    public SearchOracleTests(Population population) => _population = population;

    public static TheoryData<string> Fragments => new()
    {
        "有限公司", "宁波", "科技", "华东", "华东模具", "模", "o", "co", "ltd", "ningbo hua", "MOULD co", "（余姚）", "(", ".,", "宁波有限公司", "一", "hua dong mould co",
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public async Task Ranks_and_counts_like_a_brute_force_search(string fragment)
    {
        foreach (var viewer in new[] { _population.Admin, _population.Managers[0] })
            foreach (var query in new CustomerQuery[]
            {
                new(NameFragment: fragment), new(NameFragment: fragment, Grade: 2), new(NameFragment: fragment, Industry: Industry.Finance),
                new(NameFragment: fragment, Industry: Industry.Energy),
            })
                foreach (var skip in new[] { 0, 10, 35 })
                    await AssertLikeOracleAsync(viewer, query, skip);
    }

    [Fact]
    public async Task Broad_fragments_take_the_banded_path_and_report_a_lower_bound()
    {
        var page = await FindAsync(_population.Admin, new(NameFragment: "有限公司"), 0);

        Assert.True(page.TotalIsLowerBound);
        Assert.InRange(page.Total, 10, _population.Expected(_population.Admin, new(NameFragment: "有限公司")).Count);
    }

    private async Task AssertLikeOracleAsync(Staff viewer, CustomerQuery query, int skip)
    {
        var expected = _population.Expected(viewer, query);

        var page = await FindAsync(viewer, query, skip);

        Assert.Equal(expected.Skip(skip).Take(10).Select(c => c.Id), page.Items.Select(c => c.Id));
        if (page.TotalIsLowerBound)
            Assert.InRange(page.Total, Math.Min(expected.Count, skip + page.Items.Count), expected.Count);
        else
            Assert.Equal(expected.Count, page.Total);
    }

    private async Task<CustomerPage> FindAsync(Staff viewer, CustomerQuery query, int skip)
    {
        await using var db = _population.Database.CreateContext();
        var identity = await StaffIdentity.FindAsync(db, viewer.Id, CancellationToken.None);
        return await CustomerSearch.FindAsync(db, identity!, query, skip, 10, CancellationToken.None);
    }

    public sealed class Population : IDisposable
    {
        private static readonly string[] Places = ["宁波", "余姚", "慈溪", "北仑", "（余姚）"];
        private static readonly string[] Marks = ["华东", "远航", "港城", "恒达", "东方", "海天"];
        private static readonly string[] Trades = ["模具", "科技", "电器", "物流", "贸易"];
        private static readonly string[] Forms = ["有限公司", "有限公司", "股份有限公司", "厂"];
        private static readonly string[] Pinyin = ["ningbo ", "yuyao ", "cixi ", "beilun ", ""];

        public Population()
        {
            var random = new Random(20261123);
            var unit = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
            Managers = [.. Enumerable.Range(0, 3).Select(_ => Store.Staff(StaffRole.AccountManager, unit))];
            Admin = Store.Staff(StaffRole.Admin, unit);
            using var db = Database.CreateContext();
            db.Staff.AddRange([.. Managers, Admin]);
            db.SaveChanges();

            var customers = Enumerable.Range(1, 3_000).Select(i =>
            {
                var place = random.Next(Places.Length);
                var name = i switch
                {
                    1 => "宁波",
                    2 => "有限公司",
                    3 => "宁波有限公司",
                    _ => $"{Places[place]}{Marks[random.Next(Marks.Length)]}{Trades[random.Next(Trades.Length)]}{Forms[random.Next(Forms.Length)]}",
                };
                var customer = new GroupCustomer
                {
                    Id = i,
                    Code = $"C{i:D9}",
                    Name = name,
                    NameEn = random.Next(4) == 0 ? null : $"{Pinyin[place]}Hua Dong Mould Co., Ltd. No.{i}",
                    Industry = random.Next(40) == 0 ? Industry.Energy : (Industry)random.Next(4),
                    OrgUnitId = unit.Id,
                };
                customer.ApplyGrade(random.Next(5) == 0 ? 0m : random.Next(1, 8_000_000) / 100m, 202610);
                // The first manager has most of the small customers and a few big ones (more than CountLimit in all): the
                // index lists the big ones first, so their broad searches must read on past the first candidates.
                var first = customer.GradeRevenue < 20_000m ? random.Next(10) > 0 : random.Next(20) == 0;
                customer.AccountManagerId = Managers[first ? 0 : random.Next(1, Managers.Length)].Id;
                return customer;
            }).ToList();
            BulkInsert.RunAsync(db, customers, CancellationToken.None).GetAwaiter().GetResult();
            CustomerSearchIndex.RebuildAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            Customers = customers;
        }

        public TestDatabase Database { get; } = new();
        public Staff[] Managers { get; }
        public Staff Admin { get; }
        public List<GroupCustomer> Customers { get; }

        /// <summary>The ranking by definition: visible, filtered, containing the fragment; tier, grade, revenue, higher Id.</summary>
        public List<GroupCustomer> Expected(Staff viewer, CustomerQuery query)
        {
            var fragment = SearchText.Normalize(query.NameFragment);
            int Tier(GroupCustomer c) =>
                c.SearchText.Contains($"\n{fragment}\n", StringComparison.Ordinal) ? 0
                : fragment.Length >= 2 && c.SearchText.Contains($"\n{fragment}", StringComparison.Ordinal) ? 1 : 2;
            return Customers
                .Where(c => viewer.Role != StaffRole.AccountManager || c.AccountManagerId == viewer.Id)
                .Where(c => query.Grade is null || c.Grade == query.Grade)
                .Where(c => query.Industry is null || c.Industry == query.Industry)
                .Where(c => c.SearchText.Contains(fragment, StringComparison.Ordinal))
                .OrderBy(Tier).ThenByDescending(c => c.Grade).ThenByDescending(c => c.GradeRevenue).ThenByDescending(c => c.Id)
                .ToList();
        }

        public void Dispose() => Database.Dispose();
    }
}
