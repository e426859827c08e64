using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// JavaScript's JSON.stringify (no indentation): System.Text.Json escapes non-ASCII and writes
/// numbers differently, and the reference engine's text is what we must reproduce.
/// </summary>
internal static class JsJson
{
    public static string Stringify(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case string s: WriteString(builder, s); break;
            case double d: builder.Append(double.IsFinite(d) ? JsNumber.ToString(d) : "null"); break;
            case bool b: builder.Append(b ? "true" : "false"); break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (key, child) in obj)
                {
                    if (!first) builder.Append(',');
                    first = false;
                    WriteString(builder, key);
                    builder.Append(':');
                    Write(builder, JsValue.FromNode(child));
                }
                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    Write(builder, JsValue.FromNode(array[i]));
                }
                builder.Append(']');
                break;
            default: builder.Append("null"); break;
        }
    }

    private static void WriteString(StringBuilder builder, string s)
    {
        builder.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
                    if (c < ' ' || lone) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
