using BotApp.Bot.Dialogs.Prompts;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class ConfirmPromptTests : IDisposable
{
    private readonly DialogTestHost _host = new();

    public ConfirmPromptTests() => _host.Ask(new ConfirmPrompt("confirm", _host.Texts), new PromptOptions { Prompt = "确认提交？" });

    [Theory]
    [InlineData("是", true)]
    [InlineData("好的！", true)]
    [InlineData("确认", true)]
    [InlineData("Yes", true)]
    [InlineData("ＯＫ", true)]
    [InlineData("1", true)]
    [InlineData("否", false)]
    [InlineData("不要", false)]
    [InlineData("No.", false)]
    [InlineData("2", false)]
    public async Task Understands_yes_and_no_in_chinese_and_english(string answer, bool expected)
    {
        await _host.SendAsync("start");

        await _host.SendAsync(answer);

        Assert.Equal(expected, _host.Answer!.Value.Result!.GetValue<bool>());
    }

    [Fact]
    public async Task Shows_yes_and_no_buttons_in_the_users_language()
    {
        var zh = await _host.SendAsync("start");
        var en = await _host.SendAsync("maybe", locale: "en-GB");

        Assert.Equal(["是", "否"], zh.Sent.Single().SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Equal("Please answer yes or no.", en.Sent.Single().Text);
        Assert.Equal(["Yes", "No"], en.Sent.Single().SuggestedActions!.Actions!.Select(a => a.Title));
    }

    public void Dispose() => _host.Dispose();
}
