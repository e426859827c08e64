using System.Text.Json.Nodes;
using BotApp.Bot.Dialogs;
using BotApp.Bot.Dialogs.Prompts;
using BotApp.Bot.Tests.Infrastructure;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class InterruptionHandlerTests : IDisposable
{
    private readonly DialogTestHost _host = new();

    public InterruptionHandlerTests() =>
        _host.Ask(new NumberPrompt("number", _host.Texts), new PromptOptions { Prompt = "数量？" });

    [Theory]
    [InlineData("取消")]
    [InlineData("取消。")]
    [InlineData(" Cancel! ")]
    [InlineData("ＣＡＮＣＥＬ")]
    public async Task Cancel_clears_the_stored_dialog_stack_and_says_so(string text)
    {
        await _host.SendAsync("start");

        var turn = await _host.SendAsync(text);

        Assert.Equal(["已取消。"], turn.SentTexts);
        Assert.False((await _host.StoredStateAsync("test/conversations/conv-1"))!.ContainsKey("dialogStack"));
        Assert.Null(_host.Answer);
    }

    [Fact]
    public async Task Cancel_with_nothing_running_says_there_is_nothing_to_cancel()
    {
        var turn = await _host.SendAsync("cancel", locale: "en-US");

        Assert.Equal(["There is nothing to cancel."], turn.SentTexts);
    }

    [Fact]
    public async Task Help_shows_help_then_asks_the_active_question_again()
    {
        await _host.SendAsync("start");

        var turn = await _host.SendAsync("帮助");
        await _host.SendAsync("7");

        Assert.Equal(["HELP", "数量？"], turn.SentTexts);
        Assert.Equal(7m, _host.Answer!.Value.Result!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_card_submit_is_never_taken_for_a_command()
    {
        var submit = Activities.Message("cancel");
        submit.Value = new JsonObject { ["x"] = 1 };
        var dc = await CreateContextAsync(submit);

        Assert.False(await _host.Interruptions.TryHandleAsync(dc, CancellationToken.None));
    }

    private async Task<DialogContext> CreateContextAsync(Bot.Protocol.Schema.Activity activity)
    {
        DialogContext? dc = null;
        await _host.RunTurnAsync(new FakeTurnContext(activity), async (turn, ct) => dc = await _host.Dialogs.CreateContextAsync(turn, ct));
        return dc!;
    }

    public void Dispose() => _host.Dispose();
}
