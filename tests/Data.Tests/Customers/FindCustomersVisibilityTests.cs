using System.Text.Json;
using BotApp.Data.Search;
using BotApp.Handlers.Customers;

namespace BotApp.Data.Tests.Customers;

/// <summary>Another manager's customer answers exactly like one that does not exist, however it is asked for; every search is audited.</summary>
public sealed class FindCustomersVisibilityTests(LookupWorldFixture fixture) : IClassFixture<LookupWorldFixture>
{
    private readonly LookupWorld _world = fixture.World;

    [Fact]
    public async Task An_account_manager_asking_for_another_managers_customer_gets_what_a_nonexistent_one_gives()
    {
        var nonexistent = Describe(await _world.FindAsync(_world.Wang, new(Code: "C999999999")));

        Assert.Equal(nonexistent, Describe(await _world.FindAsync(_world.Wang, new(Code: _world.Hospital.Code))));
        Assert.Equal(nonexistent, Describe(await _world.FindAsync(_world.Wang, new(NameFragment: _world.Hospital.Name))));
        Assert.Equal(nonexistent, Describe(await _world.FindAsync(_world.Wang, new(NameFragment: "慈溪", WithArrears: true))));
        Assert.Equal((0, false, 0), nonexistent);
    }

    [Fact]
    public async Task A_search_is_audited_with_who_when_the_criteria_and_the_customers_shown()
    {
        var page = await _world.FindAsync(_world.Wang, new(NameFragment: "余姚", WithArrears: true, AgreementsEnding: new(ThisMonth: true)));

        var entry = await _world.LastAuditAsync();
        Assert.Equal((_world.Wang.Id, CustomerAudit.Search, CustomerAudit.EntityType, CustomerAudit.AnyCustomer, LookupWorld.Now),
            (entry.StaffId, entry.Action, entry.EntityType, entry.EntityId, entry.At));
        using var details = JsonDocument.Parse(entry.DetailsJson!);
        var criteria = details.RootElement.GetProperty("criteria");
        Assert.Equal("余姚", criteria.GetProperty("nameFragment").GetString());
        Assert.True(criteria.GetProperty("withArrears").GetBoolean());
        Assert.Equal("2026-11-30", criteria.GetProperty("agreementsEnding").GetProperty("to").GetString());
        Assert.Equal(page.Items.Select(c => c.Id), details.RootElement.GetProperty("shown").EnumerateArray().Select(id => id.GetInt64()));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_is_audited_too()
    {
        await _world.FindAsync(_world.Li, new(Code: _world.Mould.Code));

        var entry = await _world.LastAuditAsync();
        Assert.Equal((_world.Li.Id, CustomerAudit.Search), (entry.StaffId, entry.Action));
        Assert.Contains(_world.Mould.Code, entry.DetailsJson, StringComparison.Ordinal);
    }

    private static (int Count, bool LowerBound, int Total) Describe(CustomerPage page) => (page.Items.Count, page.TotalIsLowerBound, page.Total);
}
