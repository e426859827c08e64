using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// Runtime values of the expression language, modelled on JavaScript because the reference
/// implementation (adaptivecards-templating on adaptive-expressions) is JavaScript: a value is
/// <see cref="Undefined"/>, null, bool, double, string, or a <see cref="JsonArray"/>/<see cref="JsonObject"/>
/// from the data (treated as read-only; cloned whenever it is placed into output).
/// </summary>
internal static class JsValue
{
    /// <summary>JavaScript's undefined: a path that does not resolve. Distinct from JSON null.</summary>
    public static readonly object Undefined = new UndefinedValue();

    public static bool IsUndefined(object? value) => ReferenceEquals(value, Undefined);

    /// <summary>null or undefined (JavaScript's <c>value == null</c>).</summary>
    public static bool IsNullish(object? value) => value is null || IsUndefined(value);

    public static bool IsNumber(object? value) => value is double d && !double.IsNaN(d);

    public static bool IsInteger(object? value) => value is double d && double.IsFinite(d) && Math.Floor(d) == d;

    // Arms are typed object explicitly: JsonNode's implicit conversions from string/double/bool
    // would otherwise turn the primitives straight back into JsonValues.
    public static object? FromNode(JsonNode? node) => node switch
    {
        JsonObject or JsonArray => (object)node,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => (object)value.GetValue<string>(),
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    /// <summary>A fresh, unparented node for the output; undefined has no node (callers drop it).</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : null, // JSON.stringify writes NaN and Infinity as null
        bool b => JsonValue.Create(b),
        JsonNode node => node.DeepClone(),
        _ => throw new InvalidOperationException("Undefined has no JSON form."),
    };

    /// <summary>JavaScript truthiness (used by <c>$when</c> literals and property access).</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        JsonNode => true,
        _ => false,
    };

    /// <summary>adaptive-expressions' isLogicTrue: booleans are themselves, null/undefined false, anything else true.</summary>
    public static bool IsLogicTrue(object? value) => value is bool b ? b : !IsNullish(value);

    /// <summary>JavaScript's <c>String(value)</c> as <c>value.toString()</c> gives it; null/undefined have none.</summary>
    public static string ToJsString(object? value) => value switch
    {
        string s => s,
        double d => JsNumber.ToString(d),
        bool b => b ? "true" : "false",
        JsonObject => "[object Object]",
        JsonArray array => string.Join(',', array.Select(item => FromNode(item) is { } v && !IsUndefined(v) ? ToJsString(v) : "")),
        _ => throw new CardTemplateException("Cannot convert null or undefined to a string."),
    };

    /// <summary>Text for error messages: never throws.</summary>
    public static string ToJsStringOrEmpty(object? value) => IsNullish(value) ? (value is null ? "null" : "undefined") : ToJsString(value);

    private sealed class UndefinedValue
    {
        public override string ToString() => "undefined";
    }
}
