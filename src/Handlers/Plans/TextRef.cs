using System.Globalization;
using System.Text.Json.Nodes;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Text to show, as a resource key and its format arguments (strings and numbers): the chat side renders it in the
/// reader's language. Stored as JSON { "key", "args" } where a reason must outlive a change of configuration
/// (ApprovalStep.RouteReason). Numbers are decimals, read back as decimals.
/// </summary>
public sealed record TextRef(string Key, params IReadOnlyList<object> Args)
{
    public string ToJson() => new JsonObject
    {
        ["key"] = Key,
        ["args"] = new JsonArray(Args.Select(Node).ToArray()),
    }.ToJsonString();

    /// <summary>Null for no text or text that is not a TextRef (rows written before reasons were recorded).</summary>
    public static TextRef? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || JsonNode.Parse(json) is not JsonObject { } node || node["key"]?.GetValue<string>() is not { } key)
            return null;
        var args = node["args"] as JsonArray ?? [];
        return new TextRef(key, args.Select(Value).ToArray());
    }

    private static JsonNode? Node(object arg) => arg switch
    {
        string text => JsonValue.Create(text),
        decimal number => JsonValue.Create(number),
        int number => JsonValue.Create((decimal)number),
        long number => JsonValue.Create((decimal)number),
        _ => JsonValue.Create(Convert.ToString(arg, CultureInfo.InvariantCulture)),
    };

    private static object Value(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<decimal>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node?.ToJsonString() ?? "",
    };
}
