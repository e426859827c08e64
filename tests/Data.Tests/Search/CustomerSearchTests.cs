using BotApp.Data.Entities;
using BotApp.Data.Search;

namespace BotApp.Data.Tests.Search;

/// <summary>A department viewer (the index path) unless a test says otherwise; account managers take the small-set path.</summary>
public sealed class CustomerSearchTests : IClassFixture<SearchWorldFixture>
{
    private readonly SearchWorld _world;

    public CustomerSearchTests(SearchWorldFixture fixture) => _world = fixture.World;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Finds_a_customer_by_its_code_typed_in_lower_case_or_full_width(bool fullWidth)
    {
        var code = _world.Hospital.Code.ToLowerInvariant();
        var typed = fullWidth ? string.Concat(code.Select(c => (char)(c + 0xFEE0))) : code;

        var page = await _world.FindAsync(_world.Admin, new(Code: typed));

        Assert.Equal([_world.Hospital.Name], page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task Ranks_the_whole_name_then_names_that_start_with_the_fragment_then_the_rest_whatever_their_revenue() =>
        Assert.Equal(["华东模具", "华东模具厂", "余姚华东模具有限公司"], await _world.NamesAsync(_world.Admin, new(NameFragment: "华东模具")));

    [Fact]
    public async Task Finds_two_character_chinese_fragments_ranked_by_revenue() =>
        Assert.Equal(["中国移动慈溪分公司", "宁波移动通信设备有限公司"], await _world.NamesAsync(_world.Admin, new(NameFragment: "移动")));

    [Fact]
    public async Task Finds_one_character_fragments() =>
        Assert.Equal(["余姚华东模具有限公司", "华东模具厂", "华东模具"], await _world.NamesAsync(_world.Admin, new(NameFragment: "模")));

    [Theory]
    [InlineData("HUADONG mould")]
    [InlineData("huadong MOULD")]
    [InlineData("ＨＵＡＤＯＮＧ　ＭＯＵＬＤ")]
    public async Task Finds_english_fragments_in_any_case_or_width(string fragment) =>
        Assert.Equal(["华东模具厂", "余姚华东模具有限公司"], await _world.NamesAsync(_world.Admin, new(NameFragment: fragment)));

    [Theory]
    [InlineData("cixi hospital")]
    [InlineData("hospital cixi")]
    [InlineData("people's cixi hospital")]
    [InlineData("慈溪 医院")]
    public async Task Finds_a_name_with_every_word_in_any_order_when_the_words_as_typed_are_in_no_name(string fragment) =>
        Assert.Equal([_world.Hospital.Name], await _world.NamesAsync(_world.Admin, new(NameFragment: fragment)));

    [Theory]
    [InlineData("cixi hospital")]
    [InlineData("医院 慈溪")]
    public async Task Matches_words_in_any_order_among_an_account_managers_own_customers_too(string fragment) =>
        Assert.Equal([_world.Hospital.Name], await _world.NamesAsync(_world.Li, new(NameFragment: fragment)));

    [Fact]
    public async Task Finds_nothing_when_one_of_the_words_is_in_no_name() =>
        Assert.Empty(await _world.NamesAsync(_world.Admin, new(NameFragment: "cixi hospital zebra")));

    [Theory]
    [InlineData("abc科技")]
    [InlineData("ＡＢＣ科技")]
    [InlineData("abc tech")]
    public async Task Finds_names_stored_in_full_width_with_half_width_queries_and_the_other_way_round(string fragment) =>
        Assert.Equal([_world.FullWidth.Name], await _world.NamesAsync(_world.Admin, new(NameFragment: fragment)));

    [Fact]
    public async Task Finds_fragments_of_punctuation_that_the_index_cannot_look_up()
    {
        var page = await _world.FindAsync(_world.Admin, new(NameFragment: "."));

        Assert.Equal(["宁波移动通信设备有限公司", "余姚华东模具有限公司", "慈溪市第一人民医院"], page.Items.Select(c => c.Name));
        Assert.Equal((3, false), (page.Total, page.TotalIsLowerBound));
    }

    [Fact]
    public async Task Lists_one_account_managers_customers_by_grade_and_revenue() =>
        Assert.Equal(["中国移动慈溪分公司", "慈溪市第一人民医院", "华东模具厂", "华东模具"], await _world.NamesAsync(_world.Admin, new(AccountManagerId: _world.Li.Id)));

    [Fact]
    public async Task Lists_customers_of_one_grade() =>
        Assert.Equal(["中国移动慈溪分公司", "宁波移动通信设备有限公司"], await _world.NamesAsync(_world.Admin, new(Grade: 5)));

    [Fact]
    public async Task Lists_customers_of_one_industry() =>
        Assert.Equal([_world.Hospital.Name], await _world.NamesAsync(_world.Admin, new(Industry: Industry.Healthcare)));

    [Fact]
    public async Task Combines_every_criterion()
    {
        var all = new CustomerQuery(NameFragment: "移动", AccountManagerId: _world.Li.Id, Grade: 5, Industry: Industry.InformationTechnology);

        Assert.Equal([_world.ChinaMobileCixi.Name], await _world.NamesAsync(_world.Admin, all));
        Assert.Empty(await _world.NamesAsync(_world.Admin, all with { Grade = 4 }));
        Assert.Empty(await _world.NamesAsync(_world.Admin, all with { Industry = Industry.Finance }));
        Assert.Equal([_world.NingboMobile.Name], await _world.NamesAsync(_world.Admin, all with { AccountManagerId = _world.Wang.Id }));
        Assert.Empty(await _world.NamesAsync(_world.Admin, all with { NameFragment = "华东" }));
        Assert.Empty(await _world.NamesAsync(_world.Admin, all with { Code = _world.NingboMobile.Code }));
    }

    [Fact]
    public async Task Pages_through_the_results_with_an_exact_total()
    {
        var first = await _world.FindAsync(_world.Admin, new(NameFragment: "有限公司"), skip: 0, take: 2);
        var second = await _world.FindAsync(_world.Admin, new(NameFragment: "有限公司"), skip: 2, take: 2);

        Assert.Equal(["宁波移动通信设备有限公司", "余姚华东模具有限公司"], first.Items.Select(c => c.Name));
        Assert.Equal(["余姚ＡＢＣ科技有限公司"], second.Items.Select(c => c.Name));
        Assert.Equal((3, false), (first.Total, first.TotalIsLowerBound));
    }

    [Fact]
    public async Task Summaries_carry_grade_revenue_arrears_and_the_next_agreement_end()
    {
        var hospital = Assert.Single((await _world.FindAsync(_world.Admin, new(NameFragment: "人民医院"))).Items);

        Assert.Equal(
            new CustomerSummary(_world.Hospital.Id, _world.Hospital.Code, "慈溪市第一人民医院", "Cixi No.1 People's Hospital", 4, Industry.Healthcare, 30_000m, true, new DateOnly(2026, 12, 31)),
            hospital);
        Assert.False(Assert.Single((await _world.FindAsync(_world.Admin, new(NameFragment: "华东模具厂"))).Items).HasArrears);
    }

    [Fact]
    public async Task No_criteria_and_a_blank_fragment_list_every_visible_customer()
    {
        string[] wangs = ["宁波移动通信设备有限公司", "余姚华东模具有限公司", "余姚ＡＢＣ科技有限公司"];

        Assert.Equal(wangs, await _world.NamesAsync(_world.Wang, new()));
        Assert.Equal(wangs, await _world.NamesAsync(_world.Wang, new(NameFragment: " 　 ")));
    }

    [Fact]
    public async Task Refuses_pages_it_cannot_serve()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _world.FindAsync(_world.Admin, new(), skip: -1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _world.FindAsync(_world.Admin, new(), take: 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _world.FindAsync(_world.Admin, new(), take: CustomerSearch.MaxTake + 1));
    }
}
