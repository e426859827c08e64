using BotApp.Bot.Cards;
using BotApp.Bot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Cards;

public sealed class CardRendererTests
{
    private static ServiceProvider Services() => new ServiceCollection().AddCards().BuildServiceProvider();

    [Fact]
    public void Loads_every_template_shipped_beside_the_binary()
    {
        using var services = Services();

        var catalogue = services.GetRequiredService<CardCatalogue>();

        Assert.Equal(CardSample.TemplateNames, catalogue.Names.Order(StringComparer.Ordinal));
        Assert.Same(catalogue, services.GetRequiredService<CardCatalogue>());
    }

    [Fact]
    public void Renders_a_template_with_typed_data_as_an_adaptive_card_attachment()
    {
        using var services = Services();
        var renderer = services.GetRequiredService<ICardRenderer>();

        var attachment = renderer.Render("confirm", new ConfirmCard("提交申请？", "确认后将发送给审批人。", "confirmSubmit", "确认", "返回"), "webchat");

        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.Equal("确认后将发送给审批人。", (string)attachment.Content!["body"]![1]!["text"]!);
        Assert.Equal("confirmSubmit", (string)attachment.Content!["actions"]![0]!["data"]!["verb"]!);
    }

    [Fact]
    public void Renders_actions_for_the_channel_it_is_asked_for()
    {
        using var services = Services();
        var renderer = services.GetRequiredService<ICardRenderer>();
        var data = CardSample.Get("welcome").Data;

        var teams = renderer.RenderCard("welcome", data, "msteams");
        var webChat = renderer.RenderCard("welcome", data, "webchat");

        Assert.Equal("Action.Execute", (string)teams["body"]!.AsArray()[^1]!["actions"]![0]!["type"]!);
        Assert.Equal("Action.Submit", (string)webChat["actions"]![0]!["type"]!);
        Assert.Equal("help", (string)webChat["actions"]![0]!["data"]!["verb"]!);
    }

    [Fact]
    public void Names_the_known_templates_when_asked_for_an_unknown_one()
    {
        using var services = Services();
        var renderer = services.GetRequiredService<ICardRenderer>();

        var error = Assert.Throws<ArgumentException>(() => renderer.Render("no-such-card", null, "webchat"));

        Assert.Contains("welcome", error.Message, StringComparison.Ordinal);
    }

    private sealed record ConfirmCard(string Title, string Text, string Verb, string Yes, string No);
}
