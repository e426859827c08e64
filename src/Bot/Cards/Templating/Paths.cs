using System.Globalization;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

/// <summary>Property and index access with adaptive-expressions' rules (case-insensitive keys, first match wins).</summary>
internal static class Paths
{
    /// <summary>One step of SimpleObjectMemory.getValue; false when an array index is out of range.</summary>
    public static bool TryStep(object? current, string segment, out object? next)
    {
        if (current is JsonArray array && ParseInt(segment) is { } index)
        {
            var ok = index >= 0 && index < array.Count;
            next = ok ? JsValue.FromNode(array[index]) : JsValue.Undefined;
            return ok;
        }
        next = Property(current, segment);
        return true;
    }

    /// <summary>accessProperty: undefined for falsy or non-object instances and for missing keys.</summary>
    public static object? Property(object? instance, string name)
    {
        if (!JsValue.IsTruthy(instance)) return JsValue.Undefined;
        switch (instance)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return JsValue.FromNode(value);
                }
                return JsValue.Undefined;
            case string s when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                               && i < s.Length && i.ToString(CultureInfo.InvariantCulture) == name:
                return s[i].ToString(); // Object.keys of a string are its indices
            default:
                return JsValue.Undefined;
        }
    }

    /// <summary>accessIndex: undefined for null/undefined instances, an error for anything but an in-range array index.</summary>
    public static EvalResult Index(object? instance, int index)
    {
        if (JsValue.IsNullish(instance)) return EvalResult.Of(JsValue.Undefined);
        if (instance is not JsonArray array) return EvalResult.Fail($"{JsValue.ToJsStringOrEmpty(instance)} is not a collection.");
        return index >= 0 && index < array.Count
            ? EvalResult.Of(JsValue.FromNode(array[index]))
            : EvalResult.Fail($"{index} is out of range for {JsValue.ToJsString(array)}");
    }

    /// <summary>JavaScript parseInt for path segments: optional sign and leading digits, else null (NaN).</summary>
    public static int? ParseInt(string text)
    {
        var s = text.TrimStart();
        var end = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        var start = end;
        while (end < s.Length && char.IsAsciiDigit(s[end])) end++;
        if (end == start) return null;
        return int.TryParse(s[..end], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
