using BotApp.Data.Entities;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

public sealed class PlanListsTests : IDisposable
{
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_plan_is_read_only_by_its_requester_its_route_and_the_support_center()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        Assert.NotNull(await _world.GetAsync(_world.Wang, plan.Id));
        Assert.NotNull(await _world.GetAsync(_world.Approver, plan.Id));
        Assert.NotNull(await _world.GetAsync(_world.Support[0], plan.Id));
        Assert.Null(await _world.GetAsync(_world.Li, plan.Id));
        Assert.Null(await _world.GetAsync(_world.YuyaoLead, plan.Id));
        Assert.Null(await _world.GetAsync(_world.Admin, plan.Id));
        Assert.Null(await _world.GetAsync(_world.Cooperation, plan.Id));
    }

    [Fact]
    public async Task My_approvals_are_the_plans_whose_current_step_I_may_act_on()
    {
        var simple = await _world.FiledAsync(_world.Wang, _world.Terms());
        var withAgent = await _world.FiledAsync(_world.Li, _world.Terms(customer: _world.LisCustomer, agents: "慈溪联通代理"));
        _world.Clock.Advance(TimeSpan.FromHours(1));
        var approved = await _world.DecidedAsync(_world.Approver, simple);

        Assert.Equal([withAgent.Id], Ids(await _world.ApprovalsAsync(_world.Cooperation)));
        Assert.Empty(Ids(await _world.ApprovalsAsync(_world.Approvers[2])));
        Assert.Empty(Ids(await _world.ApprovalsAsync(_world.Leadership)));
        var tasks = await _world.ApprovalsAsync(_world.Support[0]);
        Assert.Equal([simple.Id], Ids(tasks));
        Assert.Equal((ApprovalStepKind.Implementation, approved.CurrentStep?.DueAt), (tasks.Items[0].CurrentStepKind, tasks.Items[0].CurrentStepDueAt));

        await _world.DecidedAsync(_world.Cooperation, withAgent);

        Assert.Equal([withAgent.Id], Ids(await _world.ApprovalsAsync(_world.Approvers[2])));
    }

    [Fact]
    public async Task My_plans_are_mine_newest_first_a_page_at_a_time()
    {
        for (var i = 0; i < 3; i++)
        {
            await _world.FiledAsync(_world.Wang, _world.Terms(discount: 10m + i));
            _world.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await _world.FiledAsync(_world.Li, _world.Terms(customer: _world.LisCustomer));

        var first = await _world.MyPlansAsync(_world.Wang, take: 2);
        var second = await _world.MyPlansAsync(_world.Wang, skip: 2, take: 2);

        Assert.Equal(3, first.Total);
        Assert.Equal([12m, 11m], first.Items.Select(p => p.DiscountPercent));
        Assert.Equal([10m], second.Items.Select(p => p.DiscountPercent));
        Assert.Equal((_world.WangsCustomer.Name, "王芳", 12_000m), (second.Items[0].CustomerName, second.Items[0].RequesterName, second.Items[0].ConcessionValue));
    }

    private static long[] Ids(PlanPage page) => page.Items.Select(p => p.Id).ToArray();
}
