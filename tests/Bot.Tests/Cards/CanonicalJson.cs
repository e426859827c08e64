using System.Text.Json.Nodes;
using BotApp.Bot.Cards.Templating;

namespace BotApp.Bot.Tests.Cards;

/// <summary>JSON text with sorted keys and JavaScript number formatting, for comparing C# and Node output.</summary>
internal static class CanonicalJson
{
    public static string Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsJson.Stringify(p.Key) + ":" + Of(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Of)) + "]",
        _ => JsJson.Stringify(JsValue.FromNode(node)),
    };

    /// <summary>Every string in the tree, for "nothing left unbound" checks.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
