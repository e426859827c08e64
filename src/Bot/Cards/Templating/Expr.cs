using System.Text.RegularExpressions;

namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// Parsed expression, shaped like adaptive-expressions' tree. <see cref="object.ToString"/> reproduces
/// its Expression.toString(), because the reference engine writes that text back (as <c>${...}</c>)
/// when a part of an interpolated string fails to evaluate.
/// </summary>
internal abstract record Expr;

internal sealed partial record ConstantExpr(object? Value) : Expr
{
    public override string ToString() => Value switch
    {
        null => "null",
        string s => "'" + Reverse(UnescapedQuote().Replace(Reverse(s.Replace("\\", "\\\\", StringComparison.Ordinal)), "'\\")) + "'",
        double d => JsNumber.ToString(d),
        bool b => b ? "true" : "false",
        _ when JsValue.IsUndefined(Value) => "undefined",
        _ => JsJson.Stringify(Value),
    };

    private static string Reverse(string s)
    {
        var chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    [GeneratedRegex(@"'(?!\\)")]
    private static partial Regex UnescapedQuote();
}

/// <summary>Memory access: <c>Name</c> alone, or <c>Parent.Name</c>.</summary>
internal sealed record AccessorExpr(string Name, Expr? Parent) : Expr
{
    public override string ToString() => Parent is null ? Name : Parent + "." + Name;
}

/// <summary>Indexing: <c>Instance[Index]</c>.</summary>
internal sealed record ElementExpr(Expr Instance, Expr Index) : Expr
{
    public override string ToString() => $"{Instance}[{Index}]";
}

/// <summary>A function or operator; <c>Type</c> is the canonical name (operators keep their symbol: <c>==</c>, <c>&amp;&amp;</c>).</summary>
internal sealed record CallExpr(string Type, IReadOnlyList<Expr> Args) : Expr
{
    public override string ToString()
    {
        var infix = Type.Length > 0 && !char.IsAsciiLetter(Type[0]) && Args.Count >= 2;
        return infix
            ? "(" + string.Join(" " + Type + " ", Args) + ")"
            : Type + "(" + string.Join(", ", Args) + ")";
    }
}
