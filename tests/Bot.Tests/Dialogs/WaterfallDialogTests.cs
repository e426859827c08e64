using System.Text.Json.Nodes;
using BotApp.Bot.Dialogs;
using BotApp.Bot.Dialogs.Prompts;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class WaterfallDialogTests : IDisposable
{
    private const string ConversationKey = "test/conversations/conv-1";
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task Runs_an_order_across_turns_remembering_values_only_through_the_database()
    {
        var texts = _host.Texts;
        _host.Dialogs
            .Add(new TextPrompt("text", texts)).Add(new NumberPrompt("number", texts)).Add(new ConfirmPrompt("confirm", texts))
            .Add(new WaterfallDialog(DialogTestHost.RootDialogId,
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "客户名称？" }, ct),
                (step, ct) =>
                {
                    step.Values["name"] = step.Result;
                    return step.PromptAsync("number", new PromptOptions { Prompt = "数量？", Min = 1, Max = 100 }, ct);
                },
                (step, ct) =>
                {
                    step.Values["qty"] = step.Result;
                    return step.PromptAsync("confirm", new PromptOptions { Prompt = $"{step.Values["name"]} × {step.Values["qty"]}，确认提交？" }, ct);
                },
                async (step, ct) =>
                {
                    await step.Context.Context.SendActivityAsync(step.Result!.GetValue<bool>() ? "已提交" : "未提交", ct);
                    return await step.EndDialogAsync(step.Values, ct);
                },
            ]));

        var first = await _host.SendAsync("下单");
        await _host.SendAsync("华为");
        var midway = await _host.StoredStateAsync(ConversationKey);
        var third = await _host.SendAsync("５０");
        var last = await _host.SendAsync("好");

        Assert.Equal(["客户名称？"], first.SentTexts);
        Assert.Equal(["number", "root"], midway!["dialogStack"]!.AsArray().Select(x => (string?)x!["id"]));
        Assert.Equal("华为", (string?)midway["dialogStack"]![1]!["state"]!["values"]!["name"]);
        Assert.Equal(["华为 × 50，确认提交？"], third.SentTexts);
        Assert.Equal(["已提交"], last.SentTexts);
        Assert.Equal(DialogTurnStatus.Complete, _host.LastResult!.Status);
        Assert.Equal(50m, _host.LastResult.Result!.Value!["qty"]!.GetValue<decimal>());
        Assert.False((await _host.StoredStateAsync(ConversationKey))!.ContainsKey("dialogStack"));
    }

    [Fact]
    public async Task Next_runs_the_following_step_in_the_same_turn_with_the_given_result()
    {
        _host.Dialogs.Add(new WaterfallDialog(DialogTestHost.RootDialogId,
        [
            (step, ct) => step.NextAsync(JsonValue.Create("skipped"), ct),
            (step, ct) => step.EndDialogAsync(JsonValue.Create($"got {step.Result}"), ct),
        ]));

        await _host.SendAsync("go");

        Assert.Equal("got skipped", (string?)_host.LastResult!.Result!.Value);
    }

    [Fact]
    public async Task Replacing_a_dialog_with_itself_loops_without_growing_the_stack()
    {
        _host.Dialogs.Add(new TextPrompt("text", _host.Texts)).Add(new WaterfallDialog(DialogTestHost.RootDialogId,
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "再来？" }, ct),
            (step, ct) => (string?)step.Result == "again"
                ? step.Context.ReplaceDialogAsync(DialogTestHost.RootDialogId, null, ct)
                : step.EndDialogAsync(step.Result, ct),
        ]));

        await _host.SendAsync("go");
        var again = await _host.SendAsync("again");
        var stack = (await _host.StoredStateAsync(ConversationKey))!["dialogStack"]!.AsArray();
        await _host.SendAsync("done");

        Assert.Equal(["再来？"], again.SentTexts);
        Assert.Equal(2, stack.Count);
        Assert.Equal(DialogTurnStatus.Complete, _host.LastResult!.Status);
    }

    [Fact]
    public async Task A_stored_stack_naming_a_dialog_that_no_longer_exists_starts_afresh()
    {
        _host.Dialogs.Add(new TextPrompt("text", _host.Texts)).Add(new WaterfallDialog(DialogTestHost.RootDialogId,
            [(step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "你好" }, ct)]));
        await _host.RunTurnAsync(new FakeTurnContext(Infrastructure.Activities.Message("x")), async (turn, ct) =>
            (await State.TurnStateKeys.GetConversationState(turn).GetAsync(turn, ct))["dialogStack"] = new JsonArray(new JsonObject { ["id"] = "renamed", ["state"] = new JsonObject() }));

        var turn = await _host.SendAsync("hi");

        Assert.Equal(["你好"], turn.SentTexts);
    }

    public void Dispose() => _host.Dispose();
}
