using System.Globalization;

namespace BotApp.Bot.Cards.Templating;

internal enum TokenKind { Number, String, Identifier, Symbol, End }

internal readonly record struct Token(TokenKind Kind, string Text, object? Value = null);

/// <summary>Tokens of the adaptive-expressions grammar (ExpressionAntlrLexer.g4, default mode).</summary>
internal static class ExpressionLexer
{
    // Longest first, so "==" wins over "=" and "&&" over "&".
    private static string[] Symbols { get; } =
        ["==", "!=", "<>", "&&", "||", "<=", ">=", "=>", "??", "+", "-", "!", "^", "*", "/", "%", "&", "<", ">", "(", ")", ".", "[", "]", "{", "}", ",", ":", "?"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\ufeff' or '\u00a0' or '\r' or '\n') { i++; continue; }
            if (char.IsAsciiDigit(c)) { tokens.Add(ReadNumber(text, ref i)); continue; }
            if (c is '\'' or '"') { tokens.Add(ReadString(text, ref i)); continue; }
            if (IdentifierLength(text, i) is var length && length > 0 && !IsSymbolWin(text, i, length))
            {
                tokens.Add(new Token(TokenKind.Identifier, text.Substring(i, length)));
                i += length;
                continue;
            }
            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                ?? throw new CardTemplateException($"Invalid character '{c}' in expression '{text}'.");
            tokens.Add(new Token(TokenKind.Symbol, symbol));
            i += symbol.Length;
        }
        tokens.Add(new Token(TokenKind.End, ""));
        return tokens;
    }

    /// <summary>IDENTIFIER: (letter | '_' | '#' | '@' | '@@' | '$' | '%') (letter | digit | '_')*, ASCII only.</summary>
    private static int IdentifierLength(string text, int start)
    {
        var i = start;
        if (string.CompareOrdinal(text, i, "@@", 0, 2) == 0) i += 2;
        else if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] is '_' or '#' or '@' or '$' or '%')) i++;
        else return 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
        return i - start;
    }

    // A lone '%' is the modulo operator (same length, and the lexer prefers the rule listed first).
    private static bool IsSymbolWin(string text, int start, int length) => length == 1 && text[start] == '%';

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        var raw = text[start..i];
        return new Token(TokenKind.Number, raw, double.Parse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
    }

    /// <summary>STRING: quoted, \' or \\ (resp. \") escapes, then \r \n \t \\ unescaped as adaptive-expressions does.</summary>
    private static Token ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        while (i < text.Length && text[i] != quote)
            i += text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '\\') ? 2 : 1;
        if (i >= text.Length) throw new CardTemplateException($"Unterminated string in expression '{text}'.");
        i++;
        var body = text[(start + 1)..(i - 1)].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        return new Token(TokenKind.String, text[start..i], Unescape(body));
    }

    private static string Unescape(string s)
    {
        var builder = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length || s[i + 1] is '\r' or '\n') { builder.Append(s[i]); continue; }
            var next = s[++i];
            builder.Append(next switch { 'r' => "\r", 'n' => "\n", 't' => "\t", '\\' => "\\", _ => "\\" + next });
        }
        return builder.ToString();
    }
}
