using BotApp.Bot.Features.CustomerLookup.Understanding;

namespace BotApp.Bot.Tests.CustomerLookup.Understanding;

public sealed class LookupTextTests
{
    [Theory]
    [InlineData("Ｃ３３０２００００１", "C330200001")]
    [InlineData("我的　五星　客户", "我的 五星 客户")]
    [InlineData("  宁波港\t\n集团 ", "宁波港 集团")]
    [InlineData("宁波港，欠费！", "宁波港 欠费")]
    [InlineData("查“宁波港”。", "查 宁波港")]
    [InlineData("宁\u200b波港", "宁波港")]
    [InlineData("Ningbo No.1 Hospital (East)", "Ningbo No.1 Hospital (East)")]
    [InlineData("（宁波）港务", "(宁波)港务")]
    [InlineData("McDonald’s Ningbo Co., Ltd.", "McDonald’s Ningbo Co., Ltd.")]
    [InlineData(null, "")]
    public void Folds_width_separators_and_spaces_but_keeps_case_and_name_punctuation(string? typed, string expected) =>
        Assert.Equal(expected, LookupText.Normalize(typed));
}
