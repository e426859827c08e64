namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// The expression functions this binder supports, each with adaptive-expressions' semantics
/// (including its quirks, e.g. that a missing path inside most functions becomes the text
/// "${path}"). A template using any other function fails when it is loaded, not at render time.
/// </summary>
internal static partial class Functions
{
    private delegate EvalResult Evaluate(CallExpr call, TemplateScope scope, bool substitute);

    /// <summary>adaptive-expressions' static ReturnType flags, used to reject e.g. <c>n * 'a'</c> at parse time as it does.</summary>
    [Flags]
    internal enum ReturnType { Boolean = 1, Number = 2, Object = 4, String = 8, Array = 16 }

    /// <param name="Args">Expected type of each argument (the last repeats); empty means any.</param>
    private sealed record Definition(string Type, int MinArgs, int MaxArgs, ReturnType Returns, ReturnType[] Args, Evaluate Evaluate);

    private static Dictionary<string, Definition> Table { get; } = BuildTable();

    /// <summary>Builds a call after checking, as the reference does at parse time, that the function exists, its arity and literal argument types.</summary>
    public static CallExpr Make(string name, List<Expr> args)
    {
        if (!Table.TryGetValue(name, out var definition))
            throw new CardTemplateException($"Function '{name}' is not supported by the card binder.");
        var call = new CallExpr(definition.Type, args);
        if (args.Count < definition.MinArgs || args.Count > definition.MaxArgs)
            throw new CardTemplateException($"{call} should have {definition.MinArgs}..{definition.MaxArgs} arguments.");
        for (var i = 0; i < args.Count && definition.Args.Length > 0; i++)
        {
            var expected = definition.Args[Math.Min(i, definition.Args.Length - 1)];
            var actual = ReturnTypeOf(args[i]);
            if ((expected & ReturnType.Object) == 0 && (actual & ReturnType.Object) == 0 && (expected & actual) == 0)
                throw new CardTemplateException($"{args[i]} is not a {expected} expression in {call}.");
        }
        return call;
    }

    public static EvalResult Invoke(CallExpr call, TemplateScope scope, bool substitute) =>
        Table[call.Type].Evaluate(call, scope, substitute);

    private static ReturnType ReturnTypeOf(Expr expr) => expr switch
    {
        ConstantExpr { Value: string } => ReturnType.String,
        ConstantExpr { Value: double } => ReturnType.Number,
        ConstantExpr { Value: bool } => ReturnType.Boolean,
        CallExpr call => Table[call.Type].Returns,
        _ => ReturnType.Object,
    };

    private static Dictionary<string, Definition> BuildTable()
    {
        const int Many = int.MaxValue;
        const ReturnType Bool = ReturnType.Boolean, Num = ReturnType.Number, Obj = ReturnType.Object, Str = ReturnType.String, Arr = ReturnType.Array;
        var table = new Dictionary<string, Definition>(StringComparer.Ordinal);
        void Add(string type, int min, int max, ReturnType returns, ReturnType[] args, Evaluate evaluate, params string[] aliases)
        {
            var definition = new Definition(type, min, max, returns, args, evaluate);
            table[type] = definition;
            foreach (var alias in aliases) table[alias] = definition;
        }

        Add("if", 3, 3, Obj, [], If);
        Add("!", 1, 1, Bool, [], Not, "not");
        Add("&&", 1, Many, Bool, [], And, "and");
        Add("||", 1, Many, Bool, [], Or, "or");
        Add("==", 2, 2, Bool, [], Compare(null, (a, b) => CommonEquals(a, b)), "equals");
        Add("!=", 2, 2, Bool, [], Compare(null, (a, b) => !CommonEquals(a, b)));
        Add(">", 2, 2, Bool, [], Compare(VerifyNotNull, (a, b) => Order(a, b) > 0), "greater");
        Add(">=", 2, 2, Bool, [], Compare(VerifyNotNull, (a, b) => Order(a, b) >= 0), "greaterOrEquals");
        Add("<", 2, 2, Bool, [], Compare(VerifyNotNull, (a, b) => Order(a, b) < 0), "less");
        Add("<=", 2, 2, Bool, [], Compare(VerifyNotNull, (a, b) => Order(a, b) <= 0), "lessOrEquals");
        Add("empty", 1, 1, Bool, [], Compare(VerifyContainerOrNull, (a, _) => IsEmpty(a)));
        Add("exists", 1, 1, Bool, [], Compare(VerifyNotNull, (a, _) => !JsValue.IsNullish(a)));
        Add("+", 2, Many, Str | Num, [Str | Num], AddValues, "add");
        Add("-", 2, Many, Num, [Num], Arithmetic((a, b) => a - b), "sub");
        Add("*", 2, Many, Num, [Num], Arithmetic((a, b) => a * b), "mul");
        Add("/", 2, Many, Num, [Num], Arithmetic(Divide, divisorMustBeNonZero: true), "div");
        Add("^", 2, Many, Num, [Num], Arithmetic(Math.Pow), "exp");
        Add("%", 2, 2, Num, [Num], Modulo, "mod");
        Add("count", 1, 1, Num, [Str | Arr], Count);
        Add("length", 1, 1, Num, [Str], Length);
        Add("concat", 1, Many, Str | Arr, [], Concat, "&");
        Add("string", 1, 1, Str, [], StringOf);
        Add("json", 1, 1, Obj, [Str], Json);
        Add("formatNumber", 2, 2, Str, [Num, Num], FormatNumber);
        Add("join", 2, 3, Str, [Arr, Str], Join);
        Add("coalesce", 1, Many, Obj, [], Coalesce, "??");
        Add("createArray", 0, Many, Arr, [], CreateArray);
        return table;
    }

    private delegate string? Verify(object? value, Expr child);

    /// <summary>FunctionUtils.evaluateChildren: stops at the first evaluation or verification error.</summary>
    private static (List<object?> Args, string? Error) Children(CallExpr call, TemplateScope scope, bool substitute, Verify? verify = null)
    {
        var args = new List<object?>(call.Args.Count);
        foreach (var child in call.Args)
        {
            var result = Evaluator.Evaluate(child, scope, substitute);
            var error = result.Error ?? verify?.Invoke(result.Value, child);
            if (error is not null) return (args, error);
            args.Add(result.Value);
        }
        return (args, null);
    }
}
