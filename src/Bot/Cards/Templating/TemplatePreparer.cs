using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

/// <summary>Turns template JSON into an immutable <see cref="TemplateNode"/> tree, parsing every expression once.</summary>
internal static class TemplatePreparer
{
    // Keys the reference engine never copies to the output.
    private static HashSet<string> Reserved { get; } = new(StringComparer.Ordinal)
    {
        "$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion",
    };

    public static TemplateNode Prepare(JsonNode? node) => node switch
    {
        JsonObject obj => new ObjectNode(
            [.. obj.Where(p => !Reserved.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, Prepare(p.Value)))],
            obj.TryGetPropertyValue("$data", out var data) ? Prepare(data) : null,
            obj.TryGetPropertyValue("$when", out var when) ? Prepare(when) : null),
        JsonArray array => new ArrayNode([.. array.Select(Prepare)]),
        _ => JsValue.FromNode(node) is string s && s.Contains("${", StringComparison.Ordinal)
            ? new ExpressionNode(s, InterpolatedString.Parse(s))
            : new LiteralNode(JsValue.FromNode(node)),
    };

    /// <summary>A literal <c>$data</c> (an object or array written in the template) as data.</summary>
    public static JsonNode? ToData(TemplateNode node) => node switch
    {
        LiteralNode literal => JsValue.ToNode(literal.Value),
        ExpressionNode expression => JsonValue.Create(expression.Source),
        ArrayNode array => new JsonArray([.. array.Items.Select(ToData)]),
        ObjectNode obj => ObjectData(obj),
        _ => null,
    };

    private static JsonObject ObjectData(ObjectNode obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj.Properties) result[key] = ToData(value);
        if (obj.Data is not null) result["$data"] = ToData(obj.Data);
        if (obj.When is not null) result["$when"] = ToData(obj.When);
        return result;
    }
}
