namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// Parses one expression (the text inside <c>${...}</c>) with the precedence of
/// ExpressionAntlrParser.g4: unary ! - + bind tightest, then ^ (right-assoc), * / %, + -, == !=, &amp;,
/// comparisons, &amp;&amp;, ||, ??, and the ternary ?: loosest. Object literals and lambdas are not supported.
/// </summary>
internal sealed class ExpressionParser
{
    private static string[][] Levels { get; } =
    [
        ["??"], ["||"], ["&&"], ["<", "<=", ">", ">="], ["&"], ["==", "!="], ["+", "-"], ["*", "/", "%"], ["^"],
    ];

    private readonly List<Token> _tokens;
    private readonly string _text;
    private int _position;

    private ExpressionParser(string text)
    {
        _text = text;
        _tokens = ExpressionLexer.Tokenize(text);
    }

    public static Expr Parse(string text)
    {
        if (text.StartsWith('=')) text = text[1..]; // Expression.parse drops one leading '='
        if (text.Length == 0) return new ConstantExpr("");
        var parser = new ExpressionParser(text);
        var expr = parser.ParseTernary();
        parser.Expect(TokenKind.End, "");
        return expr;
    }

    private Token Current => _tokens[_position];

    private Expr ParseTernary()
    {
        var condition = ParseBinary(0);
        while (IsSymbol("?"))
        {
            _position++;
            var whenTrue = ParseTernary();
            Expect(TokenKind.Symbol, ":");
            var whenFalse = ParseBinary(0);
            condition = Functions.Make("if", [condition, whenTrue, whenFalse]);
        }
        return condition;
    }

    private Expr ParseBinary(int level)
    {
        if (level == Levels.Length) return ParseUnary();
        var left = ParseBinary(level + 1);
        while (Current.Kind == TokenKind.Symbol && Levels[level].Contains(Current.Text))
        {
            var op = _tokens[_position++].Text;
            var right = op == "^" ? ParseBinary(level) : ParseBinary(level + 1);
            left = Functions.Make(op, [left, right]);
        }
        return left;
    }

    private Expr ParseUnary()
    {
        if (!IsSymbol("!") && !IsSymbol("-") && !IsSymbol("+")) return ParsePostfix();
        var op = _tokens[_position++].Text;
        var operand = ParseUnary();
        return op == "!" ? Functions.Make("!", [operand]) : Functions.Make(op, [new ConstantExpr(0d), operand]);
    }

    private Expr ParsePostfix()
    {
        var (expr, name) = ParsePrimary();
        while (true)
        {
            if (IsSymbol("."))
            {
                _position++;
                var member = Expect(TokenKind.Identifier, null).Text;
                (expr, name) = (new AccessorExpr(member, expr), name is null ? null : name + "." + member);
            }
            else if (IsSymbol("("))
            {
                _position++;
                var args = IsSymbol(")") ? [] : ParseArguments();
                Expect(TokenKind.Symbol, ")");
                (expr, name) = (Functions.Make(name ?? throw Error("a call needs a function name"), args), null);
            }
            else if (IsSymbol("["))
            {
                _position++;
                var index = ParseTernary();
                Expect(TokenKind.Symbol, "]");
                (expr, name) = (new ElementExpr(expr, index), null);
            }
            else
            {
                return expr;
            }
        }
    }

    /// <summary>The primary and, while it is a dotted name, its text (the function name if it is called).</summary>
    private (Expr Expr, string? Name) ParsePrimary()
    {
        var token = _tokens[_position++];
        switch (token.Kind)
        {
            case TokenKind.Number:
            case TokenKind.String:
                return (new ConstantExpr(token.Value), null);
            case TokenKind.Identifier:
                return token.Text switch
                {
                    "true" => (new ConstantExpr(true), token.Text),
                    "false" => (new ConstantExpr(false), token.Text),
                    "null" => (new ConstantExpr(null), token.Text),
                    "undefined" => (new ConstantExpr(JsValue.Undefined), token.Text),
                    _ => (new AccessorExpr(token.Text, null), token.Text),
                };
            case TokenKind.Symbol when token.Text == "(":
                var inner = ParseTernary();
                Expect(TokenKind.Symbol, ")");
                return (inner, null);
            case TokenKind.Symbol when token.Text == "[":
                var items = IsSymbol("]") ? [] : ParseArguments();
                Expect(TokenKind.Symbol, "]");
                return (Functions.Make("createArray", items), null);
            default:
                throw Error($"unexpected '{token.Text}'");
        }
    }

    private List<Expr> ParseArguments()
    {
        var args = new List<Expr> { ParseTernary() };
        while (IsSymbol(","))
        {
            _position++;
            args.Add(ParseTernary());
        }
        return args;
    }

    private bool IsSymbol(string symbol) => Current.Kind == TokenKind.Symbol && Current.Text == symbol;

    private Token Expect(TokenKind kind, string? text)
    {
        var token = Current;
        if (token.Kind != kind || (text is not null && token.Text != text))
            throw Error($"expected {(text is { Length: > 0 } ? $"'{text}'" : kind.ToString())} but found '{token.Text}'");
        _position++;
        return token;
    }

    private CardTemplateException Error(string message) => new($"Invalid expression '{_text}': {message}.");
}
