using System.Text;

namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// Parses a template string the way the reference engine does (it wraps the string in backticks
/// and lexes it in adaptive-expressions' STRING_INTERPOLATION_MODE): <c>${...}</c> is an expression,
/// <c>\$</c> and <c>\`</c> are escapes, anything else is text. A string that is exactly one
/// expression yields that expression (so it keeps its JSON type); otherwise a <c>concat</c> of the parts.
/// </summary>
internal static class InterpolatedString
{
    public static Expr Parse(string source)
    {
        var parts = new List<Expr> { new ConstantExpr("") };
        var text = new StringBuilder();
        void Flush()
        {
            if (text.Length > 0) parts.Add(new ConstantExpr(text.ToString()));
            text.Clear();
        }

        for (var i = 0; i < source.Length;)
        {
            var c = source[i];
            if (c == '`') throw new CardTemplateException($"A backtick ends the reference engine's string interpolation; escape it as \\` in '{source}'.");
            if (c == '\\' && i + 1 < source.Length && source[i + 1] is '`' or '$')
            {
                Flush();
                parts.Add(new ConstantExpr(source[i + 1].ToString()));
                i += 2;
            }
            else if (c == '$' && TemplateEnd(source, i) is { } end)
            {
                Flush();
                parts.Add(ExpressionParser.Parse(TrimExpression(source[i..end])));
                i = end;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        Flush();
        return parts.Count == 2 && parts[1] is not ConstantExpr ? parts[1] : Functions.Make("concat", parts);
    }

    /// <summary>TEMPLATE: '$' '{' (STRING | OBJECT_DEFINITION | ~[\r\n{}'"`])+ '}'; returns the index after the '}'.</summary>
    private static int? TemplateEnd(string s, int start)
    {
        if (start + 1 >= s.Length || s[start + 1] != '{') return null;
        var i = start + 2;
        var count = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '}') return count > 0 ? i + 1 : null;
            if (c == '{') throw new CardTemplateException($"Object literals in expressions are not supported: '{s}'.");
            if (c is '\r' or '\n' or '`') return null;
            if (c is '\'' or '"')
            {
                var close = StringEnd(s, i);
                if (close is null) return null;
                i = close.Value;
            }
            else
            {
                i++;
            }
            count++;
        }
        return null;
    }

    /// <summary>End (exclusive) of a quoted string starting at <paramref name="start"/>, honouring \quote and \\ escapes.</summary>
    private static int? StringEnd(string s, int start)
    {
        var quote = s[start];
        for (var i = start + 1; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && (s[i + 1] == quote || s[i + 1] == '\\')) i++;
            else if (s[i] == quote) return i + 1;
        }
        return null;
    }

    /// <summary>trimExpression: "${ x }" → "x".</summary>
    private static string TrimExpression(string token)
    {
        var result = JsTrim(token);
        if (result.StartsWith('$')) result = JsTrim(result[1..]);
        if (result.StartsWith('{') && result.EndsWith('}')) result = result[1..^1];
        return JsTrim(result);
    }

    private static string JsTrim(string s) => s.Trim(JsWhitespace);

    private static char[] JsWhitespace { get; } =
        ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
         '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
}
