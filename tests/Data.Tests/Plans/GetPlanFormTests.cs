
namespace BotApp.Data.Tests.Plans;

public sealed class GetPlanFormTests : IDisposable
{
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Offers_the_requesters_own_customers_and_the_published_tariffs()
    {
        var form = (await _world.FormAsync(_world.Wang))!;

        Assert.Equal([_world.WangsCustomer.Id], form.Customers.Select(c => c.Id));
        Assert.Equal([_world.Tariff.Id], form.Tariffs.Select(t => t.Id));
        Assert.Equal((100m, 40m), (form.Tariffs[0].StandardMonthlyPrice, form.Tariffs[0].UnitCost));
        Assert.Null(form.Revision);
    }

    [Fact]
    public async Task A_given_customer_is_offered_only_if_the_requester_may_see_it()
    {
        Assert.Equal([_world.WangsCustomer.Id], (await _world.FormAsync(_world.Wang, _world.WangsCustomer.Id))!.Customers.Select(c => c.Id));
        Assert.Empty((await _world.FormAsync(_world.Wang, _world.LisCustomer.Id))!.Customers);
        Assert.Equal([_world.WangsCustomer.Id], (await _world.FormAsync(_world.YuyaoLead, _world.WangsCustomer.Id))!.Customers.Select(c => c.Id));
    }

    [Fact]
    public async Task Staff_who_do_not_file_plans_get_no_form()
    {
        Assert.Null(await _world.FormAsync(_world.Approver));
        Assert.Null(await _world.FormAsync(_world.Support[0]));
    }
}
