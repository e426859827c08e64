using BotApp.Bot.Features.CustomerLookup.Understanding;

namespace BotApp.Bot.Tests.CustomerLookup.Understanding;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("30", 30)]
    [InlineData("五", 5)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("三十", 30)]
    [InlineData("九十", 90)]
    [InlineData("一百二十", 120)]
    [InlineData("一百零五", 105)]
    public void Reads_counts_written_in_digits_or_Chinese(string text, int expected) =>
        Assert.Equal(expected, ChineseNumber.Parse(text));

    [Theory]
    [InlineData("三个")]
    [InlineData("-3")]
    [InlineData("")]
    public void Refuses_what_is_not_a_count(string text) =>
        Assert.Null(ChineseNumber.Parse(text));
}
