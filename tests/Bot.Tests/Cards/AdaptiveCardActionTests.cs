using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Cards;

public sealed class CardActionTests
{
    [Fact]
    public void Reads_verb_and_data_from_an_adaptive_card_action_invoke()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"approvePlan","data":{"planId":7,"comment":"ok"}},"trigger":"manual"}"""),
        };

        var action = AdaptiveCardAction.From(activity);

        Assert.NotNull(action);
        Assert.Equal("approvePlan", action.Verb);
        Assert.Equal("""{"planId":7,"comment":"ok"}""", action.Data.ToJsonString());
        Assert.True(action.IsInvoke);
    }

    [Fact]
    public void Reads_verb_and_data_from_a_submitted_message_value()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = JsonNode.Parse("""{"verb":"approvePlan","planId":7,"comment":"ok"}""") };

        var action = AdaptiveCardAction.From(activity);

        Assert.NotNull(action);
        Assert.Equal("approvePlan", action.Verb);
        Assert.Equal("""{"planId":7,"comment":"ok"}""", action.Data.ToJsonString());
        Assert.False(action.IsInvoke);
    }

    [Fact]
    public void Reads_the_same_action_from_a_Web_Chat_card_as_from_Teams()
    {
        var neutral = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Execute","verb":"approvePlan","title":"OK","data":{"planId":7}}]}""")!.AsObject();
        var webChatData = CardChannelAdapter.Adapt(neutral, "webchat")["actions"]![0]!["data"]!.AsObject();
        webChatData["comment"] = "typed by the user"; // Web Chat merges input values into the posted value

        var action = AdaptiveCardAction.From(new Activity { Type = ActivityTypes.Message, Value = webChatData });

        Assert.Equal(new { Verb = "approvePlan", Data = """{"planId":7,"comment":"typed by the user"}""" }, new { action!.Verb, Data = action.Data.ToJsonString() });
    }

    [Theory]
    [InlineData("message", null, """{"planId":7}""")]
    [InlineData("message", null, """{"verb":""}""")]
    [InlineData("message", null, "\"approvePlan\"")]
    [InlineData("invoke", "task/fetch", """{"action":{"verb":"approvePlan"}}""")]
    [InlineData("invoke", "adaptiveCard/action", """{"trigger":"manual"}""")]
    [InlineData("event", null, """{"verb":"approvePlan"}""")]
    public void Returns_null_for_anything_else(string type, string? name, string value)
    {
        var activity = new Activity { Type = type, Name = name, Value = JsonNode.Parse(value) };

        Assert.Null(AdaptiveCardAction.From(activity));
    }

    [Fact]
    public void Returns_null_for_a_plain_text_message() =>
        Assert.Null(AdaptiveCardAction.From(new Activity { Type = ActivityTypes.Message, Text = "help" }));
}
