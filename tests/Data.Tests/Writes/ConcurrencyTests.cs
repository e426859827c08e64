using BotApp.Data.Entities;
using BotApp.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Writes;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_second_of_two_writers_who_loaded_the_same_plan_is_refused()
    {
        var planId = await SeedPlanAsync();
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var mine = await first.Plans.SingleAsync(p => p.Id == planId);
        var theirs = await second.Plans.SingleAsync(p => p.Id == planId);

        mine.DiscountPercent = 15m;
        await first.SaveChangesAsync();
        theirs.DiscountPercent = 30m;
        var refused = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = _database.CreateContext();
        var stored = await check.Plans.SingleAsync(p => p.Id == planId);
        Assert.Equal(15m, stored.DiscountPercent);
        Assert.Equal(2, stored.Version);
        Assert.Same(theirs, Assert.Single(refused.Entries).Entity);
    }

    [Fact]
    public async Task Every_saved_change_raises_the_version_and_an_unchanged_save_does_not()
    {
        var planId = await SeedPlanAsync();
        await using var db = _database.CreateContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        var created = plan.Version;

        plan.Justification = "客户扩容";
        await db.SaveChangesAsync();
        var afterFirst = plan.Version;
        plan.Status = PlanStatus.PendingApproval;
        await db.SaveChangesAsync();
        var afterSecond = plan.Version;
        await db.SaveChangesAsync();

        Assert.Equal([1, 2, 3, 3], new[] { created, afterFirst, afterSecond, plan.Version });
    }

    [Fact]
    public async Task A_decision_made_on_a_stale_card_is_refused()
    {
        var planId = await SeedPlanAsync();
        await using (var other = _database.CreateContext())
        {
            (await other.Plans.SingleAsync(p => p.Id == planId)).Status = PlanStatus.Withdrawn;
            await other.SaveChangesAsync();
        }
        await using var db = _database.CreateContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        const int versionOnTheCard = 1;

        db.Entry(plan).Property(p => p.Version).OriginalValue = versionOnTheCard;
        plan.Status = PlanStatus.Approved;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Work_orders_and_alerts_are_guarded_the_same_way()
    {
        var (workOrderId, alertId) = await SeedWorkOrderAndAlertAsync();
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var order1 = await first.WorkOrders.SingleAsync(w => w.Id == workOrderId);
        var alert1 = await first.Alerts.SingleAsync(a => a.Id == alertId);
        var order2 = await second.WorkOrders.SingleAsync(w => w.Id == workOrderId);
        var alert2 = await second.Alerts.SingleAsync(a => a.Id == alertId);

        order1.Status = WorkOrderStatus.Dispatched;
        alert1.Status = AlertStatus.Acknowledged;
        await first.SaveChangesAsync();
        order2.Reply = "已处理";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        second.Entry(order2).State = EntityState.Unchanged;
        alert2.Status = AlertStatus.Dismissed;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    private async Task<long> SeedPlanAsync()
    {
        await using var db = _database.CreateContext();
        var unit = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var manager = Store.Staff(StaffRole.AccountManager, unit);
        var plan = Store.Plan(Store.Customer(manager, unit), Store.Tariff(Store.Product(ProductCategory.Mobile)), manager, ApprovalStepKind.BusinessManagement);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private async Task<(long WorkOrderId, long AlertId)> SeedWorkOrderAndAlertAsync()
    {
        await using var db = _database.CreateContext();
        var unit = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var manager = Store.Staff(StaffRole.AccountManager, unit);
        var customer = Store.Customer(manager, unit);
        var order = new WorkOrder { Number = "WO202611240001", Customer = customer, Kind = WorkOrderKind.Fault, Subject = "专线中断" };
        var alert = new Alert { Kind = AlertKind.Arrears, Customer = customer, Recipient = manager, DedupeKey = "arrears:test" };
        db.AddRange(order, alert);
        await db.SaveChangesAsync();
        return (order.Id, alert.Id);
    }
}
