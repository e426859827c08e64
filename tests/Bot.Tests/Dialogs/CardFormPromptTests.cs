using System.Text.Json.Nodes;
using BotApp.Bot.Dialogs.Prompts;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class CardFormPromptTests : IDisposable
{
    private static Attachment Form { get; } = Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" });
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task Sends_the_card_and_accepts_the_submitted_value()
    {
        _host.Ask(new CardFormPrompt("form", _host.Texts), new PromptOptions { Prompt = "请填写", Card = Form });
        var first = await _host.SendAsync("start");

        await _host.SendAsync(Submit(new JsonObject { ["customer"] = "华为", ["qty"] = "5" }));

        Assert.Equal(Attachment.AdaptiveCardContentType, first.Sent.Single().Attachments!.Single().ContentType);
        Assert.Equal("华为", (string?)_host.Answer!.Value.Result!["customer"]);
    }

    [Fact]
    public async Task Asks_to_fill_in_the_card_when_the_user_types_instead()
    {
        _host.Ask(new CardFormPrompt("form", _host.Texts), new PromptOptions { Prompt = "请填写", Card = Form });
        await _host.SendAsync("start");

        var turn = await _host.SendAsync("华为 5 台");

        Assert.Equal("请填写上面的卡片，或输入“取消”退出。", turn.Sent.Single().Text);
        Assert.Null(turn.Sent.Single().Attachments);
        Assert.Null(_host.Answer);
    }

    [Fact]
    public async Task Accepts_an_action_execute_invoke_and_answers_it()
    {
        _host.Ask(new CardFormPrompt("form", _host.Texts, (_, _, _) => Task.FromResult(Form)), new PromptOptions());
        var first = await _host.SendAsync("start");
        var invoke = Activities.Message("");
        (invoke.Type, invoke.Text, invoke.Name) = (ActivityTypes.Invoke, null, "adaptiveCard/action");
        invoke.Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "createOrder", ["data"] = new JsonObject { ["qty"] = "5" } } };

        var turn = await _host.SendAsync(invoke);

        Assert.Same(Form, first.Sent.Single().Attachments!.Single());
        Assert.Equal(("5", "createOrder"), ((string?)_host.Answer!.Value.Result!["qty"], (string?)_host.Answer.Value.Result["verb"]));
        Assert.Equal(200, turn.InvokeResponse!.Status);
    }

    private static Activity Submit(JsonObject value)
    {
        var activity = Activities.Message("");
        (activity.Text, activity.Value) = (null, value);
        return activity;
    }

    public void Dispose() => _host.Dispose();
}
