using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Cards.Templating;

namespace BotApp.Bot.Tests.Cards;

/// <summary>
/// Every template, bound to each of its samples, is a valid Adaptive Card 1.5 as bound and as sent
/// to Teams and to Web Chat (checked by tools/cards-check/validate.js with the official renderer).
/// </summary>
public sealed class CardSchemaTests
{
    [Fact]
    public void Every_template_has_sample_data()
    {
        var withSamples = CardSample.All.Select(s => s.TemplateName).ToHashSet();

        Assert.NotEmpty(CardSample.TemplateNames);
        Assert.All(CardSample.TemplateNames, name => Assert.Contains(name, withSamples));
    }

    [Fact]
    public async Task Every_sample_binds_to_a_valid_1_5_card_on_every_channel()
    {
        var cards = new JsonArray();
        foreach (var sample in CardSample.All)
        {
            var bound = CardTemplate.Parse(sample.Template).Expand(sample.Data)!.AsObject();
            Assert.DoesNotContain(CanonicalJson.Strings(bound), s => s.Contains("${", StringComparison.Ordinal));
            cards.Add(Case(sample.Name + " (bound)", bound.DeepClone()));
            cards.Add(Case(sample.Name + " (msteams)", CardChannelAdapter.Adapt(bound.DeepClone().AsObject(), "msteams")));
            cards.Add(Case(sample.Name + " (webchat)", CardChannelAdapter.Adapt(bound.DeepClone().AsObject(), "webchat")));
        }

        var results = await CardsCheck.RunAsync("validate.js", cards);

        var failures = results.Where(r => r!["errors"]!.AsArray().Count > 0).Select(r => r!.ToJsonString()).ToList();
        Assert.Equal(cards.Count, results.Count);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task The_check_rejects_cards_that_are_not_valid_1_5()
    {
        var cards = new JsonArray
        {
            Case("newer version", new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.6", ["body"] = new JsonArray() }),
            Case("unknown property", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"Good"}]}""")),
            Case("unbound boolean", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","wrap":"${wrap}"}]}""")),
            Case("input without id", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text"}]}""")),
            Case("bad enum", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Huge"}]}""")),
            Case("verb on submit", JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Submit","title":"x","verb":"v"}]}""")),
        };

        var results = await CardsCheck.RunAsync("validate.js", cards);

        Assert.All(results, r => Assert.NotEmpty(r!["errors"]!.AsArray()));
    }

    private static JsonObject Case(string name, JsonNode? card) => new() { ["name"] = name, ["card"] = card };
}
