using BotApp.Bot.Dialogs.Prompts;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class ChoicePromptTests : IDisposable
{
    private readonly DialogTestHost _host = new();

    public ChoicePromptTests() => _host.Ask(new ChoicePrompt("choice", _host.Texts), new PromptOptions
    {
        Prompt = "选择套餐",
        Choices = [new Choice("basic", "基础版"), new Choice("pro", "专业版", ["高级", "Premium"]), new Choice("max", "旗舰版")],
    });

    [Theory]
    [InlineData("专业版")]
    [InlineData("2")]
    [InlineData("２")]
    [InlineData("高级")]
    [InlineData("premium")]
    [InlineData("ＰＲＥＭＩＵＭ！")]
    [InlineData("PRO")]
    public async Task Accepts_the_title_the_number_a_synonym_or_the_value(string answer)
    {
        await _host.SendAsync("start");

        await _host.SendAsync(answer);

        Assert.Equal("pro", (string?)_host.Answer!.Value.Result!["value"]);
        Assert.Equal(1, (int?)_host.Answer.Value.Result["index"]);
    }

    [Fact]
    public async Task Offers_the_choices_as_suggested_actions_that_send_the_title()
    {
        var turn = await _host.SendAsync("start");

        var actions = turn.Sent.Single().SuggestedActions!.Actions!;
        Assert.Equal(["基础版", "专业版", "旗舰版"], actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(("imBack", a.Title), (a.Type, a.Value as string)));
    }

    [Fact]
    public async Task Offers_the_choices_as_card_buttons_in_teams()
    {
        var turn = await _host.SendAsync("start", channelId: "msteams");

        var card = turn.Sent.Single().Attachments!.Single();
        Assert.Equal("application/vnd.microsoft.card.hero", card.ContentType);
        Assert.Equal(["基础版", "专业版", "旗舰版"], card.Content!["buttons"]!.AsArray().Select(b => (string?)b!["title"]));
    }

    [Fact]
    public async Task Asks_again_with_the_choices_when_the_answer_matches_none()
    {
        await _host.SendAsync("start");

        var turn = await _host.SendAsync("4");

        Assert.Equal("请从选项中选择一项，或输入序号。", turn.Sent.Single().Text);
        Assert.Equal(3, turn.Sent.Single().SuggestedActions!.Actions!.Count);
        Assert.Null(_host.Answer);
    }

    public void Dispose() => _host.Dispose();
}
