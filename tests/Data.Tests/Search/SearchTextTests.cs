using BotApp.Data.Search;

namespace BotApp.Data.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ＡＢＣ科技", "abc科技")]
    [InlineData("  Ningbo   HUADONG\tMould ", "ningbo huadong mould")]
    [InlineData("宁波（江北）　模具", "宁波(江北) 模具")]
    [InlineData("１２３", "123")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Folds_width_case_and_spaces(string? typed, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(typed));

    [Fact]
    public void Stores_each_name_between_boundaries_so_whole_names_and_name_starts_can_be_matched()
    {
        Assert.Equal("\n宁波华东模具有限公司\nningbo huadong mould co., ltd.\n", SearchText.Of("宁波华东模具有限公司", "Ningbo Huadong Mould Co., Ltd."));
        Assert.Equal("\n宁波华东模具有限公司\n", SearchText.Of("宁波华东模具有限公司", "  "));
    }

    [Fact]
    public void A_normalised_fragment_never_contains_the_boundary() =>
        Assert.DoesNotContain(SearchText.Boundary, SearchText.Normalize("华东\n模具\r\n厂"));

    [Theory]
    [InlineData(" c330200001 ", "C330200001")]
    [InlineData("Ｃ３３０２００００１", "C330200001")]
    public void Codes_fold_to_upper_case_half_width(string typed, string expected) =>
        Assert.Equal(expected, SearchText.NormalizeCode(typed));
}
