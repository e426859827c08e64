using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Demo;

/// <summary>王芳 is the demo's account manager: her own customers must show every state a feature can.</summary>
public sealed class DemoPortfolioTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Wang_Fang_has_customers_in_every_state_a_feature_shows()
    {
        await using var db = demo.CreateContext();
        var wang = await db.Staff.SingleAsync(s => s.WebChatId == "dl_wangfang");
        var mine = db.GroupCustomers.Where(c => c.AccountManagerId == wang.Id);
        var endings = await db.Agreements.Where(a => a.Customer.AccountManagerId == wang.Id && a.Status == AgreementStatus.Active).Select(a => a.EndOn).ToListAsync();

        Assert.InRange(await mine.CountAsync(), 20, 40);
        Assert.True(await mine.AnyAsync(c => c.Grade == 5), "a five-star customer");
        Assert.True(await mine.AnyAsync(c => c.Grade == 1), "a one-star customer");
        Assert.True(await mine.AnyAsync(c => c.IsVip), "a VIP");
        Assert.True(await mine.AnyAsync(c => c.IsRedListed), "a red-list customer");
        Assert.True(await mine.AnyAsync(c => c.IsRedListed && c.Arrears.Any()), "a red-list customer in arrears");
        Assert.True(await mine.CountAsync(c => c.Arrears.Any()) >= 3, "customers in arrears");
        Assert.Contains(endings, end => AgreementExpiry.WindowOf(end, DemoDatabase.Today) == RenewalWindow.Within30Days);
        Assert.Contains(endings, end => AgreementExpiry.WindowOf(end, DemoDatabase.Today) == RenewalWindow.Within60Days);
        Assert.Contains(endings, end => AgreementExpiry.WindowOf(end, DemoDatabase.Today) == RenewalWindow.Lapsed);
        Assert.True(await db.Plans.AnyAsync(p => p.RequesterId == wang.Id && p.Status == PlanStatus.PendingApproval), "a plan waiting for approval");
        Assert.True(await db.WorkOrders.AnyAsync(w => w.Customer.AccountManagerId == wang.Id && w.Status != WorkOrderStatus.Closed && w.DueAt < demo.Time.GetUtcNow()), "an overdue work order");
    }

    [Fact]
    public async Task Her_arrears_spread_over_the_collection_buckets()
    {
        await using var db = demo.CreateContext();

        var dueDates = await db.Arrears.Where(a => a.Customer.AccountManager.WebChatId == "dl_wangfang").Select(a => a.DueOn).ToListAsync();

        var buckets = dueDates.Select(d => ArrearsAge.BucketOf(d, DemoDatabase.Today)).Distinct().ToList();
        Assert.DoesNotContain(ArrearsAgeBucket.NotYetDue, buckets);
        Assert.True(buckets.Count >= 4, string.Join(", ", buckets));
    }

    [Fact]
    public async Task Her_unit_lead_sees_her_customers_and_another_account_manager_does_not()
    {
        await using var db = demo.CreateContext();
        var wang = await StaffIdentity.FindAsync(db, (await db.Staff.SingleAsync(s => s.WebChatId == "dl_wangfang")).Id, CancellationToken.None);
        var lead = await StaffIdentity.FindAsync(db, (await db.Staff.SingleAsync(s => s.WebChatId == "dl_liuyang")).Id, CancellationToken.None);
        var chen = await StaffIdentity.FindAsync(db, (await db.Staff.SingleAsync(s => s.WebChatId == "dl_chenjing")).Id, CancellationToken.None);
        var hers = await CustomerVisibility.VisibleCustomers(db, wang!).Select(c => c.Id).ToListAsync();

        var leadSees = await CustomerVisibility.VisibleCustomers(db, lead!).Where(c => hers.Contains(c.Id)).CountAsync();
        var chenSees = await CustomerVisibility.VisibleCustomers(db, chen!).Where(c => hers.Contains(c.Id)).CountAsync();

        Assert.Equal(hers.Count, leadSees);
        Assert.Equal(0, chenSees);
    }
}
