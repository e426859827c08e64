using BotApp.Data.Entities;

namespace BotApp.Data.Tests.Customers;

/// <summary>The filters of a lookup, each on its own and combined, for the roles that ask them. Today is 2026-11-23.</summary>
public sealed class FindCustomersTests(LookupWorldFixture fixture) : IClassFixture<LookupWorldFixture>
{
    private readonly LookupWorld _world = fixture.World;

    [Fact]
    public async Task Lists_customers_with_outstanding_arrears_only() =>
        Assert.Equal(["余姚华东模具有限公司", "余姚市阳明中学"], await _world.NamesAsync(_world.Wang, new(WithArrears: true)));

    [Fact]
    public async Task Lists_customers_with_an_active_agreement_ending_within_the_days_asked_counting_both_ends()
    {
        // 港城 ends 2026-11-30 (7 days), 华东模具 2026-12-03 (10 days); its lapsed and renewed agreements do not count.
        Assert.Equal(["余姚港城物流有限公司", "余姚华东模具有限公司"], await _world.NamesAsync(_world.Wang, new(AgreementsEnding: new(30))));
        Assert.Equal(["余姚港城物流有限公司"], await _world.NamesAsync(_world.Wang, new(AgreementsEnding: new(7))));
        Assert.Empty(await _world.NamesAsync(_world.Wang, new(AgreementsEnding: new(6))));
    }

    [Fact]
    public async Task Lists_agreements_ending_by_the_end_of_this_month() =>
        Assert.Equal(["余姚港城物流有限公司"], await _world.NamesAsync(_world.Wang, new(AgreementsEnding: new(ThisMonth: true))));

    [Fact]
    public async Task Lists_customers_of_one_grade_or_one_industry()
    {
        Assert.Equal(["余姚港城物流有限公司"], await _world.NamesAsync(_world.Wang, new(Grade: 5)));
        Assert.Equal(["余姚市阳明中学"], await _world.NamesAsync(_world.Wang, new(Industry: Industry.Education)));
    }

    [Fact]
    public async Task Mine_is_an_account_managers_own_customers() =>
        Assert.Equal(["余姚港城物流有限公司", "余姚华东模具有限公司", "余姚市阳明中学"], await _world.NamesAsync(_world.Wang, new(MineOnly: true)));

    [Fact]
    public async Task Mine_is_the_customers_a_service_manager_serves_across_account_managers() =>
        Assert.Equal(["余姚华东模具有限公司", "慈溪市第一人民医院", "余姚市阳明中学"], await _world.NamesAsync(_world.Zhao, new(MineOnly: true)));

    [Fact]
    public async Task Mine_narrows_a_unit_lead_to_the_customers_they_manage_themselves()
    {
        Assert.Equal(4, (await _world.FindAsync(_world.YuyaoLead, new())).Total);
        Assert.Equal(["余姚舜达光电科技有限公司"], await _world.NamesAsync(_world.YuyaoLead, new(MineOnly: true)));
    }

    [Fact]
    public async Task Mine_is_empty_for_a_department_member_who_manages_no_customer()
    {
        var approver = _world.Department[StaffRole.BusinessApprover];

        Assert.Equal(6, (await _world.FindAsync(approver, new())).Total);
        Assert.Equal(0, (await _world.FindAsync(approver, new(MineOnly: true))).Total);
    }

    [Fact]
    public async Task Combines_mine_grade_and_the_row_filters()
    {
        Assert.Equal(["余姚华东模具有限公司", "慈溪市第一人民医院"], await _world.NamesAsync(_world.Zhao, new(MineOnly: true, AgreementsEnding: new(30))));
        Assert.Equal(["余姚华东模具有限公司"], await _world.NamesAsync(_world.Zhao, new(MineOnly: true, WithArrears: true, Grade: 4, Industry: Industry.Manufacturing)));
        Assert.Empty(await _world.NamesAsync(_world.Wang, new(WithArrears: true, Grade: 5)));
    }

    [Fact]
    public async Task A_department_viewer_finds_the_row_filters_across_every_customer()
    {
        var approver = _world.Department[StaffRole.BusinessApprover];

        Assert.Equal(["余姚华东模具有限公司", "慈溪市第一人民医院", "余姚市阳明中学"], await _world.NamesAsync(approver, new(WithArrears: true)));
        Assert.Equal(["余姚港城物流有限公司", "余姚华东模具有限公司", "慈溪市第一人民医院"], await _world.NamesAsync(approver, new(AgreementsEnding: new(30))));
        Assert.Equal(["余姚华东模具有限公司", "余姚市阳明中学"], await _world.NamesAsync(approver, new(NameFragment: "余姚", WithArrears: true)));
        Assert.Equal(["慈溪市第一人民医院"], await _world.NamesAsync(approver, new(NameFragment: "医院", AgreementsEnding: new(30))));
    }

    [Fact]
    public async Task A_unit_lead_finds_the_row_filters_within_their_unit() =>
        Assert.Equal(["余姚华东模具有限公司", "余姚市阳明中学"], await _world.NamesAsync(_world.YuyaoLead, new(WithArrears: true)));

    [Fact]
    public async Task Summaries_carry_the_flags_the_list_card_shows()
    {
        var mould = Assert.Single((await _world.FindAsync(_world.Wang, new(Code: _world.Mould.Code))).Items);

        Assert.Equal((4, 40_000m, true, new DateOnly(2026, 11, 13)), (mould.Grade, mould.MonthlyRevenue, mould.HasArrears, mould.AgreementEndsOn));
    }
}
