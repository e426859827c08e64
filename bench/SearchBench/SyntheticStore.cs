using System.Diagnostics;
using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Search;
using BotApp.Data.Writes;

namespace BotApp.SearchBench;

/// <summary>
/// Fills an empty database with customers the way a bulk loader should (ADR-011): suspend the index, BulkInsert,
/// rebuild. One account manager per hundred customers, ten county sub-branches, one department viewer.
/// </summary>
internal static class SyntheticStore
{
    public const int CustomersPerManager = 100;

    public static async Task FillAsync(Func<BotDbContext> contexts, int customers, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var counties = Enumerable.Range(1, 10).Select(i => branch.AddChild($"C{i:D2}", $"县区分公司{i}", OrgUnitKind.CountyBranch)).ToArray();
        db.OrgUnits.AddRange([branch, .. counties]);
        await db.SaveChangesAsync(cancellationToken);

        var managers = Math.Max(1, customers / CustomersPerManager);
        var random = new Random(11);
        await BulkInsert.RunAsync(db, Enumerable.Range(1, managers + 1).Select(i => new Staff
        {
            Id = i,
            Name = i <= managers ? $"客户经理{i}" : "经营管理部",
            Role = i <= managers ? StaffRole.AccountManager : StaffRole.BusinessApprover,
            OrgUnitId = i <= managers ? counties[i % counties.Length].Id : branch.Id,
        }), cancellationToken);

        var clock = Stopwatch.StartNew();
        await CustomerSearchIndex.SuspendAsync(db, cancellationToken);
        var names = new SyntheticNames(20261123);
        var industries = Enum.GetValues<Industry>();
        await BulkInsert.RunAsync(db, Enumerable.Range(1, customers).Select(i =>
        {
            var (name, nameEn) = names.Next();
            var customer = new GroupCustomer
            {
                Id = i,
                Code = $"C{330200000 + i:D9}",
                Name = name,
                NameEn = nameEn,
                Industry = industries[random.Next(industries.Length)],
                OrgUnitId = counties[random.Next(counties.Length)].Id,
                AccountManagerId = random.Next(1, managers + 1),
                MemberCount = random.Next(10, 500),
            };
            customer.ApplyGrade(names.NextRevenue(), 202610);
            return customer;
        }), cancellationToken);
        Console.WriteLine($"- {customers:N0} customers bulk-inserted (index suspended): {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        await CustomerSearchIndex.RebuildAsync(db, cancellationToken);
        Console.WriteLine($"- CustomerSearchIndex.RebuildAsync: {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The department viewer's staff id: the one after the account managers.</summary>
    public static long DepartmentViewerId(int customers) => Math.Max(1, customers / CustomersPerManager) + 1;
}
