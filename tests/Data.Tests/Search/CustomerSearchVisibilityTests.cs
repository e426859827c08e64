using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Search;

/// <summary>Search goes through CustomerVisibility: an account manager finds only their own customers, however they ask.</summary>
public sealed class CustomerSearchVisibilityTests : IClassFixture<SearchWorldFixture>
{
    private readonly SearchWorld _world;

    public CustomerSearchVisibilityTests(SearchWorldFixture fixture) => _world = fixture.World;

    [Fact]
    public async Task An_account_manager_cannot_find_another_managers_customer_by_exact_name_code_fragment_or_manager()
    {
        var lis = _world.ChinaMobileCixi;

        Assert.Empty((await _world.FindAsync(_world.Wang, new(NameFragment: lis.Name))).Items);
        Assert.Empty((await _world.FindAsync(_world.Wang, new(NameFragment: lis.NameEn))).Items);
        Assert.Empty((await _world.FindAsync(_world.Wang, new(Code: lis.Code))).Items);
        Assert.Empty((await _world.FindAsync(_world.Wang, new(AccountManagerId: _world.Li.Id))).Items);
        Assert.Equal(0, (await _world.FindAsync(_world.Wang, new(NameFragment: "慈溪"))).Total);
    }

    [Fact]
    public async Task An_account_manager_finds_only_their_own_among_shared_fragments()
    {
        Assert.Equal(["宁波移动通信设备有限公司"], await _world.NamesAsync(_world.Wang, new(NameFragment: "移动")));
        Assert.Equal(["余姚华东模具有限公司"], await _world.NamesAsync(_world.Wang, new(NameFragment: "华东模具")));
        Assert.Equal(["华东模具", "华东模具厂"], await _world.NamesAsync(_world.Li, new(NameFragment: "华东模具")));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Skipping_the_visibility_filter_is_allowed_only_for_viewers_who_see_every_customer(StaffRole role)
    {
        var viewer = new StaffIdentity(_world.Wang.Id, role, "/NB/YY/");
        await using var db = _world.Database.CreateContext();

        var visible = await CustomerVisibility.VisibleCustomers(db, viewer).CountAsync();

        if (CustomerVisibility.SeesAllCustomers(viewer))
            Assert.Equal(await db.GroupCustomers.CountAsync(), visible);
        else
            Assert.NotEqual(await db.GroupCustomers.CountAsync(), visible);
    }

    public static TheoryData<StaffRole> Roles => [.. Enum.GetValues<StaffRole>()];

    [Fact]
    public async Task A_unit_lead_finds_the_customers_of_their_unit_only() =>
        Assert.Equal(["中国移动慈溪分公司"], await _world.NamesAsync(_world.CixiLead, new(NameFragment: "移动")));
}
