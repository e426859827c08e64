using System.Text.Json.Nodes;
using BotApp.Bot.Cards;

namespace BotApp.Bot.Tests.Cards;

public sealed class CardChannelAdapterTests
{
    private static JsonObject NeutralCard() => JsonNode.Parse("""
        {
          "type": "AdaptiveCard", "version": "1.5",
          "refresh": { "action": { "type": "Action.Execute", "verb": "refreshPlan" } },
          "body": [
            { "type": "TextBlock", "text": "x" },
            { "type": "Container", "items": [], "selectAction": { "type": "Action.Execute", "verb": "openPlan", "data": { "planId": 7 } } },
            { "type": "ActionSet", "actions": [
              { "type": "Action.ShowCard", "title": "more", "card": { "type": "AdaptiveCard",
                "actions": [ { "type": "Action.Execute", "verb": "rejectPlan", "title": "Reject", "data": { "planId": 7 } } ] } } ] }
          ],
          "actions": [
            { "type": "Action.Execute", "verb": "approvePlan", "title": "Approve", "style": "positive", "data": { "planId": 7, "verb": "spoofed" } }
          ]
        }
        """)!.AsObject();

    [Fact]
    public void Teams_keeps_Action_Execute_with_an_Action_Submit_fallback_inside_an_ActionSet()
    {
        var card = CardChannelAdapter.Adapt(NeutralCard(), "msteams");

        Assert.Equal("1.5", (string)card["version"]!);
        Assert.Null(card["actions"]);
        Assert.NotNull(card["refresh"]);
        var actionSet = card["body"]!.AsArray()[^1]!;
        Assert.Equal("ActionSet", (string)actionSet["type"]!);
        var approve = actionSet["actions"]![0]!;
        Assert.Equal("Action.Execute", (string)approve["type"]!);
        Assert.Equal("approvePlan", (string)approve["verb"]!);
        Assert.Equal("""{"type":"Action.Submit","title":"Approve","style":"positive","data":{"verb":"approvePlan","planId":7}}""", approve["fallback"]!.ToJsonString());
        Assert.All(Actions(card, "Action.Execute").Where(a => a["verb"]!.ToString() != "refreshPlan"), a => Assert.NotNull(a["fallback"]));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData(null)]
    public void Other_channels_get_Action_Submit_with_the_verb_in_data_and_no_refresh(string? channelId)
    {
        var card = CardChannelAdapter.Adapt(NeutralCard(), channelId);

        Assert.Empty(Actions(card, "Action.Execute"));
        Assert.Null(card["refresh"]);
        var submits = Actions(card, "Action.Submit");
        Assert.Equal(["openPlan", "rejectPlan", "approvePlan"], submits.Select(a => (string)a["data"]!["verb"]!));
        Assert.All(submits, a => Assert.Null(a["verb"]));
        Assert.Equal("""{"verb":"approvePlan","planId":7}""", card["actions"]![0]!["data"]!.ToJsonString());
    }

    [Theory]
    [InlineData("msteams", "1.2", "1.5")]
    [InlineData("webchat", "1.2", "1.2")]
    [InlineData("webchat", "1.6", "1.5")]
    [InlineData("webchat", null, "1.5")]
    public void Caps_the_version_at_1_5(string channelId, string? version, string expected)
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = version };

        Assert.Equal(expected, (string)CardChannelAdapter.Adapt(card, channelId)["version"]!);
    }

    /// <summary>Every action object of the given type anywhere in the card (refresh included).</summary>
    private static List<JsonObject> Actions(JsonNode? node, string type) => node switch
    {
        JsonObject obj => [.. (obj["type"]?.ToString() == type ? [obj] : Array.Empty<JsonObject>())
            .Concat(obj.Where(p => p.Key != "data").SelectMany(p => Actions(p.Value, type)))],
        JsonArray array => [.. array.SelectMany(item => Actions(item, type))],
        _ => [],
    };
}
