using BotApp.Bot.Dialogs.Prompts;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class NumberPromptTests : IDisposable
{
    private readonly DialogTestHost _host = new();

    [Theory]
    [InlineData("５０", 50)]
    [InlineData("１２３", 123)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("１，２３４．５", 1234.5)]
    [InlineData(" 42。", 42)]
    [InlineData("-3", -3)]
    public void Reads_numbers_as_people_type_them(string text, double expected) =>
        Assert.Equal((decimal)expected, NumberPrompt.Parse(text));

    [Theory]
    [InlineData("五十")]
    [InlineData("5万")]
    [InlineData("1,5")]
    [InlineData("12abc")]
    [InlineData("")]
    public void Does_not_guess_at_text_that_is_not_just_a_number(string text) =>
        Assert.Null(NumberPrompt.Parse(text));

    [Fact]
    public async Task Accepts_full_width_digits_as_the_answer()
    {
        _host.Ask(new NumberPrompt("number", _host.Texts), new PromptOptions { Prompt = "数量？" });
        await _host.SendAsync("start");

        await _host.SendAsync("５０");

        Assert.Equal(50m, _host.Answer!.Value.Result!.GetValue<decimal>());
    }

    [Fact]
    public async Task Asks_again_with_the_range_in_the_users_language_when_out_of_range()
    {
        _host.Ask(new NumberPrompt("number", _host.Texts), new PromptOptions { Prompt = "Quantity?", Min = 1, Max = 100, RetryPrompt = "A number, please." });
        await _host.SendAsync("start", locale: "en-US");

        var zh = await _host.SendAsync("500");
        var en = await _host.SendAsync("0", locale: "en-US");
        var notNumber = await _host.SendAsync("lots", locale: "en-US");

        Assert.Equal(["请输入 1 到 100 之间的数字。"], zh.SentTexts);
        Assert.Equal(["Please enter a number from 1 to 100."], en.SentTexts);
        Assert.Equal(["A number, please."], notNumber.SentTexts);
        Assert.Null(_host.Answer);
    }

    [Fact]
    public async Task Gives_up_with_too_many_tries_after_the_last_retry()
    {
        _host.Ask(new NumberPrompt("number", _host.Texts), new PromptOptions { Prompt = "数量？", MaxRetries = 2 });
        await _host.SendAsync("start");

        var retries = new[] { await _host.SendAsync("a"), await _host.SendAsync("b") };
        var last = await _host.SendAsync("c");

        Assert.All(retries, turn => Assert.Equal(["请输入一个数字。"], turn.SentTexts));
        Assert.Equal(["尝试次数过多，已退出当前操作。"], last.SentTexts);
        Assert.Equal((null, true), (_host.Answer!.Value.Result, _host.Answer.Value.TooManyTries));
    }

    public void Dispose() => _host.Dispose();
}
