using BotApp.Data.Entities;
using BotApp.Data.Rules;
using BotApp.Handlers.Customers;

namespace BotApp.Data.Tests.Customers;

/// <summary>The customer card of 华东模具 as its account manager sees it, on 2026-11-23 (last closed month 2026-10).</summary>
public sealed class GetCustomerDetailTests(LookupWorldFixture fixture) : IClassFixture<LookupWorldFixture>
{
    private readonly LookupWorld _world = fixture.World;

    [Fact]
    public async Task Shows_who_the_customer_is_and_who_looks_after_it()
    {
        var card = (await _world.DetailAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(
            (_world.Mould.Code, "余姚华东模具有限公司", "Yuyao Huadong Mould Co., Ltd.", Industry.Manufacturing, "余姚分公司", "Yuyao Sub-branch", 4, 40_000m, true, true, 120),
            (card.Code, card.Name, card.NameEn, card.Industry, card.Region, card.RegionEn, card.Grade, card.GradeRevenue, card.IsVip, card.IsRedListed, card.MemberCount));
        Assert.Equal(new StaffContact(_world.Wang.Id, "王芳", "13900000001"), card.AccountManager);
        Assert.Equal(new StaffContact(_world.Zhao.Id, "赵丽", "13900000003"), card.ServiceManager);
        Assert.Equal(LookupWorld.Today, card.Today);
    }

    [Fact]
    public async Task Shows_the_last_closed_month_and_twelve_months_oldest_first_with_missing_months_as_zero()
    {
        var card = (await _world.DetailAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(new MonthRevenue(202610, 45_000m), card.LatestRevenue);
        Assert.Equal(
            [(202511, 30_000m), (202512, 0m), (202601, 0m), (202602, 0m), (202603, 0m), (202604, 0m), (202605, 0m), (202606, 0m),
             (202607, 37_000m), (202608, 0m), (202609, 38_000m), (202610, 45_000m)],
            card.RevenueTrend.Select(m => (m.Month, m.Revenue)));
    }

    [Fact]
    public async Task Lists_products_in_service_or_starting_later_but_not_ended_ones()
    {
        var card = (await _world.DetailAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(
            [("MVPN-T", ProductCategory.Mobile, 120, (DateOnly?)null), ("CLOUD-T", ProductCategory.Cloud, 10, null)],
            card.Products.Select(p => (p.Code, p.Category, p.Quantity, p.EndOn)));
    }

    [Fact]
    public async Task Lists_active_agreements_with_days_to_their_end_earliest_first()
    {
        var card = (await _world.DetailAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(
            [("HT-2024-009", -10, RenewalWindow.Lapsed), ("HT-2025-001", 10, RenewalWindow.Within30Days), ("HT-2026-002", 219, RenewalWindow.NotYet)],
            card.Agreements.Select(a => (a.Number, a.DaysLeft, a.Window)));
    }

    [Fact]
    public async Task Lists_outstanding_arrears_with_their_age_and_total()
    {
        var card = (await _world.DetailAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(
            [(202609, 800m, 34, ArrearsAgeBucket.Days31To60), (202610, 1_200m, 3, ArrearsAgeBucket.Days1To30)],
            card.Arrears.Select(a => (a.BillMonth, a.Amount, a.DaysOverdue, a.Age)));
        Assert.Equal(2_000m, card.ArrearsTotal);
    }

    [Fact]
    public async Task Lists_work_orders_not_yet_replied_to_or_closed_with_the_overdue_one_marked()
    {
        var card = (await _world.DetailAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(
            [("WO-1", WorkOrderKind.Complaint, WorkOrderSeverity.High, WorkOrderStatus.Dispatched, true),
             ("WO-2", WorkOrderKind.Fault, WorkOrderSeverity.Normal, WorkOrderStatus.InProgress, false)],
            card.OpenWorkOrders.Select(w => (w.Number, w.Kind, w.Severity, w.Status, w.IsOverdue)));
    }

    [Fact]
    public async Task Lists_plans_pending_or_in_force_to_their_requester()
    {
        var card = (await _world.DetailAsync(_world.Wang, _world.Mould.Id))!;

        Assert.Equal(
            [(PlanStatus.Implemented, (DateOnly?)new DateOnly(2027, 3, 31)), (PlanStatus.PendingApproval, null)],
            card.Plans.Select(p => (p.Status, p.ExpiresOn)));
        Assert.All(card.Plans, p => Assert.Equal(("标准资费", "王芳"), (p.Tariff, p.RequestedBy)));
    }

    [Theory]
    [InlineData(StaffRole.BusinessApprover, 2)]
    [InlineData(StaffRole.SupportCenter, 2)]
    [InlineData(StaffRole.Leadership, 0)]
    [InlineData(StaffRole.CooperationApprover, 0)]
    [InlineData(StaffRole.ServiceDesk, 0)]
    [InlineData(StaffRole.Admin, 0)]
    public async Task Shows_plans_only_to_those_the_plan_visibility_rule_lets_read_them(StaffRole role, int plans)
    {
        var card = (await _world.DetailAsync(_world.Department[role], _world.Mould.Id))!;

        Assert.Equal(plans, card.Plans.Count);
    }

    [Fact]
    public async Task Hides_plans_from_the_service_manager_and_the_unit_lead_who_see_the_customer()
    {
        Assert.Empty((await _world.DetailAsync(_world.Zhao, _world.Mould.Id))!.Plans);
        Assert.Empty((await _world.DetailAsync(_world.YuyaoLead, _world.Mould.Id))!.Plans);
    }
}
