using BotApp.Bot.Cards.Templating;

namespace BotApp.Bot.Tests.Cards;

/// <summary>Our binder against the official adaptivecards-templating engine, before any channel pass.</summary>
public sealed class BinderEquivalenceTests(OfficialEngine official) : IClassFixture<OfficialEngine>
{
    [Theory]
    [MemberData(nameof(CardSample.Names), MemberType = typeof(CardSample))]
    public void Binds_every_template_sample_exactly_like_the_official_engine(string sample)
    {
        var card = CardSample.Get(sample);
        var expected = official["sample:" + sample];

        var actual = CardTemplate.Parse(card.Template).Expand(card.Data);

        Assert.Null(expected["error"]);
        Assert.Equal(CanonicalJson.Of(expected["output"]), CanonicalJson.Of(actual));
    }

    [Theory]
    [MemberData(nameof(OfficialEngine.CaseNames), MemberType = typeof(OfficialEngine))]
    public void Binds_edge_cases_exactly_like_the_official_engine(string name)
    {
        var testCase = OfficialEngine.Cases.Single(c => (string)c["name"]! == name);
        var expected = official["case:" + name];

        var bind = () => CardTemplate.Parse(testCase["template"]!).Expand(testCase["data"]);

        if (expected["error"] is { } error)
        {
            var thrown = Assert.Throws<CardTemplateException>(() => bind());
            Assert.False(string.IsNullOrEmpty(thrown.Message), $"official engine: {error}");
        }
        else
        {
            Assert.Equal(CanonicalJson.Of(expected["output"]), CanonicalJson.Of(bind()));
        }
    }

    [Fact]
    public void The_comparison_notices_a_difference()
    {
        var expected = official["sample:welcome"]["output"]!.DeepClone().AsObject();
        var actual = CardTemplate.Parse(CardSample.Get("welcome").Template).Expand(CardSample.Get("welcome").Data)!.AsObject();

        actual["body"]![0]!["text"] = "changed";

        Assert.NotEqual(CanonicalJson.Of(expected), CanonicalJson.Of(actual));
    }
}
