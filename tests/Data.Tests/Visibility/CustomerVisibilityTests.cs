using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Visibility;

public sealed class CustomerVisibilityTests(VisibilityWorld world) : IClassFixture<VisibilityWorld>
{
    [Fact]
    public async Task An_account_manager_lists_only_their_own_customers()
    {
        var codes = await VisibleCodesAsync(world.Wang);

        Assert.Equal(Codes(world.WangsCustomer, world.WangsTeamCustomer), codes);
    }

    [Fact]
    public async Task An_account_manager_cannot_read_another_managers_customer_by_id_code_or_name()
    {
        var viewer = await world.IdentityAsync(world.Wang);
        await using var db = world.Database.CreateContext();
        var other = world.LisCustomer;
        var visible = CustomerVisibility.VisibleCustomers(db, viewer);

        Assert.Null(await visible.FirstOrDefaultAsync(c => c.Id == other.Id));
        Assert.Null(await visible.FirstOrDefaultAsync(c => c.Code == other.Code));
        Assert.Empty(await visible.Where(c => c.Name.Contains("远航")).ToListAsync());
        Assert.Empty(await visible.Where(c => c.NameEn != null && c.NameEn.Contains("Yuanhang")).ToListAsync());
        Assert.Null(await visible.Where(c => c.Id == other.Id).Select(c => c.AccountManager.Name).FirstOrDefaultAsync());
    }

    [Fact]
    public async Task An_account_manager_cannot_read_the_rows_of_another_managers_customer()
    {
        var viewer = await world.IdentityAsync(world.Wang);
        await using var db = world.Database.CreateContext();
        var other = world.LisCustomer.Id;

        Assert.Empty(await CustomerVisibility.VisibleRows<MonthlyBill>(db, viewer).Where(r => r.CustomerId == other).ToListAsync());
        Assert.Empty(await CustomerVisibility.VisibleRows<Agreement>(db, viewer).Where(r => r.CustomerId == other).ToListAsync());
        Assert.Empty(await CustomerVisibility.VisibleRows<Arrears>(db, viewer).Where(r => r.CustomerId == other).ToListAsync());
        Assert.Empty(await CustomerVisibility.VisibleRows<KeyContact>(db, viewer).Where(r => r.CustomerId == other).ToListAsync());
        Assert.Empty(await CustomerVisibility.VisibleRows<Subscription>(db, viewer).Where(r => r.CustomerId == other).ToListAsync());
        Assert.Equal(2, await CustomerVisibility.VisibleRows<Agreement>(db, viewer).CountAsync());
    }

    [Fact]
    public async Task A_service_manager_sees_the_customers_they_serve()
    {
        Assert.Equal(Codes(world.WangsCustomer), await VisibleCodesAsync(world.Zhao));
    }

    [Fact]
    public async Task A_unit_lead_sees_their_unit_and_the_units_below_it_only()
    {
        Assert.Equal(Codes(world.WangsCustomer, world.WangsTeamCustomer), await VisibleCodesAsync(world.YuyaoLead));
        Assert.Equal(Codes(world.LisCustomer), await VisibleCodesAsync(world.CixiLead));
        Assert.Equal(Codes(world.WangsCustomer, world.WangsTeamCustomer, world.LisCustomer, world.LisBranchCustomer), await VisibleCodesAsync(world.BranchLead));
    }

    [Fact]
    public async Task A_unit_lead_without_a_unit_sees_nothing()
    {
        Assert.Empty(await VisibleCodesAsync(world.LeadWithoutUnit));
    }

    [Theory]
    [InlineData(StaffRole.BusinessApprover)]
    [InlineData(StaffRole.CooperationApprover)]
    [InlineData(StaffRole.Leadership)]
    [InlineData(StaffRole.SupportCenter)]
    [InlineData(StaffRole.ServiceDesk)]
    [InlineData(StaffRole.Admin)]
    public async Task Department_roles_see_every_customer(StaffRole role)
    {
        Assert.Equal(4, (await VisibleCodesAsync(world.Department[role])).Count);
    }

    [Fact]
    public async Task The_viewer_is_built_from_the_staff_row_with_the_path_of_their_unit()
    {
        var viewer = await world.IdentityAsync(world.YuyaoLead);

        Assert.Equal(new StaffIdentity(world.YuyaoLead.Id, StaffRole.UnitLead, "/NB/YY/"), viewer);
    }

    private async Task<List<string>> VisibleCodesAsync(Staff staff)
    {
        var viewer = await world.IdentityAsync(staff);
        await using var db = world.Database.CreateContext();
        return await CustomerVisibility.VisibleCustomers(db, viewer).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();
    }

    private static List<string> Codes(params GroupCustomer[] customers) => [.. customers.Select(c => c.Code).Order(StringComparer.Ordinal)];
}
