using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// An Adaptive Card template, parsed once and bound many times (Adaptive Card Templating, as the
/// official adaptivecards-templating 2.3.1 JS engine does it; tests/Bot.Tests/Cards compares the two).
/// Supported: <c>${expr}</c> in strings (a string that is one expression keeps the value's JSON type),
/// paths (<c>a.b[0]</c>, <c>$root</c>, <c>$data</c>, <c>$index</c>), <c>$data</c> scoping and array
/// repetition, <c>$when</c>, operators and the functions in <see cref="Functions"/>. A path that does not
/// resolve is left in the output as <c>${path}</c>, as the official engine leaves it.
/// How templates write actions and text: see the comment at the top of CardRenderer.cs.
/// </summary>
public sealed class CardTemplate
{
    private readonly TemplateNode _root;

    private CardTemplate(TemplateNode root) => _root = root;

    /// <exception cref="CardTemplateException">An expression is malformed or uses an unsupported function.</exception>
    public static CardTemplate Parse(JsonNode template) => new(TemplatePreparer.Prepare(template));

    public static CardTemplate Parse(string json) =>
        Parse(JsonNode.Parse(json) ?? throw new CardTemplateException("A template cannot be JSON null."));

    /// <summary>Binds the template to <paramref name="data"/> (<c>$root</c>); null means no data.</summary>
    /// <exception cref="CardTemplateException">The data cannot be bound where the official engine throws as well.</exception>
    public JsonNode? Expand(JsonNode? data)
    {
        // A private copy parsed from text: values are JsonElement-backed and never shared with the caller.
        var root = data is null ? JsValue.Undefined : JsValue.FromNode(JsonNode.Parse(data.ToJsonString()));
        var expanded = new TemplateExpander(new TemplateScope(root)).Expand(_root);
        return expanded as JsonNode;
    }
}
