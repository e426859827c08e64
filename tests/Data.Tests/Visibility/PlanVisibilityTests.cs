using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Visibility;

public sealed class PlanVisibilityTests(VisibilityWorld world) : IClassFixture<VisibilityWorld>
{
    [Fact]
    public async Task A_requester_sees_their_own_plans_only()
    {
        Assert.Equal(Ids(world.WangsPlan), await VisiblePlanIdsAsync(world.Wang));
        Assert.Equal(Ids(world.LisAgentPlan, world.LisDraft, world.AssignedPlan), await VisiblePlanIdsAsync(world.Li));
    }

    [Fact]
    public async Task Approvers_see_the_plans_whose_route_passes_their_department()
    {
        Assert.Equal(Ids(world.WangsPlan, world.LisAgentPlan, world.AssignedPlan), await VisiblePlanIdsAsync(world.Department[StaffRole.BusinessApprover]));
        Assert.Equal(Ids(world.LisAgentPlan), await VisiblePlanIdsAsync(world.Department[StaffRole.CooperationApprover]));
        Assert.Equal(Ids(world.LisAgentPlan), await VisiblePlanIdsAsync(world.Department[StaffRole.Leadership]));
    }

    [Fact]
    public async Task The_support_center_sees_every_plan()
    {
        Assert.Equal(Ids(world.WangsPlan, world.LisAgentPlan, world.LisDraft, world.AssignedPlan), await VisiblePlanIdsAsync(world.Department[StaffRole.SupportCenter]));
    }

    [Fact]
    public async Task The_lead_of_the_support_centers_unit_sees_what_the_center_sees_and_other_leads_do_not()
    {
        Assert.Equal(await VisiblePlanIdsAsync(world.Department[StaffRole.SupportCenter]), await VisiblePlanIdsAsync(world.CenterLead));
        Assert.Empty(await VisiblePlanIdsAsync(world.YuyaoLead));
    }

    [Fact]
    public async Task A_person_named_on_a_step_sees_that_plan_whatever_their_role()
    {
        Assert.Equal(Ids(world.AssignedPlan), await VisiblePlanIdsAsync(world.Assigned));
    }

    [Fact]
    public async Task Seeing_the_customer_is_not_enough_to_read_its_plans()
    {
        Assert.Empty(await VisiblePlanIdsAsync(world.BranchLead));
        Assert.Empty(await VisiblePlanIdsAsync(world.Department[StaffRole.Admin]));
        Assert.Empty(await VisiblePlanIdsAsync(world.Department[StaffRole.ServiceDesk]));
        Assert.Empty(await VisiblePlanIdsAsync(world.Zhao));
    }

    [Fact]
    public async Task An_account_manager_cannot_read_another_managers_plan_by_id()
    {
        var viewer = await world.IdentityAsync(world.Wang);
        await using var db = world.Database.CreateContext();

        Assert.Null(await CustomerVisibility.VisiblePlans(db, viewer).FirstOrDefaultAsync(p => p.Id == world.LisAgentPlan.Id));
    }

    private async Task<List<long>> VisiblePlanIdsAsync(Staff staff)
    {
        var viewer = await world.IdentityAsync(staff);
        await using var db = world.Database.CreateContext();
        return await CustomerVisibility.VisiblePlans(db, viewer).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }

    private static List<long> Ids(params PersonalisedPlan[] plans) => [.. plans.Select(p => p.Id).Order()];
}
