using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

// Logic and comparison. These evaluate their operands WITHOUT null substitution, so a missing
// path is undefined here (falsy), while elsewhere it becomes the text "${path}".
internal static partial class Functions
{
    private const double JsEpsilon = 2.220446049250313e-16; // Number.EPSILON

    private static EvalResult If(CallExpr call, TemplateScope scope, bool substitute)
    {
        var condition = Evaluator.Evaluate(call.Args[0], scope, substitute: false);
        var branch = !condition.Failed && JsValue.IsLogicTrue(condition.Value) ? call.Args[1] : call.Args[2];
        return Evaluator.Evaluate(branch, scope, substitute);
    }

    private static EvalResult Not(CallExpr call, TemplateScope scope, bool substitute)
    {
        var operand = Evaluator.Evaluate(call.Args[0], scope, substitute: false);
        return EvalResult.Of(operand.Failed || !JsValue.IsLogicTrue(operand.Value));
    }

    private static EvalResult And(CallExpr call, TemplateScope scope, bool substitute)
    {
        foreach (var child in call.Args)
        {
            var result = Evaluator.Evaluate(child, scope, substitute: false);
            if (result.Failed || !JsValue.IsLogicTrue(result.Value)) return EvalResult.Of(false);
        }
        return EvalResult.Of(true);
    }

    /// <summary>Like the reference: when nothing is true, the value is the last operand's (false, null or undefined).</summary>
    private static EvalResult Or(CallExpr call, TemplateScope scope, bool substitute)
    {
        object? last = false;
        foreach (var child in call.Args)
        {
            var result = Evaluator.Evaluate(child, scope, substitute: false);
            if (!result.Failed && JsValue.IsLogicTrue(result.Value)) return EvalResult.Of(true);
            last = result.Value;
        }
        return EvalResult.Of(last);
    }

    /// <summary>ComparisonEvaluator: an operand error yields false; incomparable operands yield false with an error.</summary>
    private static Evaluate Compare(Verify? verify, Func<object?, object?, bool> test) => (call, scope, _) =>
    {
        var (args, error) = Children(call, scope, substitute: false, verify);
        if (error is not null) return EvalResult.Of(false);
        try
        {
            return EvalResult.Of(test(args[0], args.Count > 1 ? args[1] : null));
        }
        catch (CardTemplateException e)
        {
            return new EvalResult(false, e.Message);
        }
    };

    private static int Order(object? a, object? b) => (a, b) switch
    {
        (double x, double y) when !double.IsNaN(x) && !double.IsNaN(y) => x.CompareTo(y),
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => throw new CardTemplateException($"{JsValue.ToJsStringOrEmpty(a)} and {JsValue.ToJsStringOrEmpty(b)} must be comparable."),
    };

    private static string? VerifyNotNull(object? value, Expr child) => JsValue.IsNullish(value) ? $"{child} is null." : null;

    private static string? VerifyContainerOrNull(object? value, Expr child) =>
        JsValue.IsNullish(value) || value is string or JsonNode ? null : $"{child} must be a string, list, map or object.";

    private static bool IsEmpty(object? value) => value switch
    {
        string s => s.Length == 0,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => JsValue.IsNullish(value),
    };

    /// <summary>FunctionUtils.commonEquals: null equals undefined, deep equality for lists and objects.</summary>
    private static bool CommonEquals(object? a, object? b)
    {
        if (JsValue.IsNullish(a) || JsValue.IsNullish(b)) return JsValue.IsNullish(a) && JsValue.IsNullish(b);
        return (a, b) switch
        {
            (JsonArray x, JsonArray y) => x.Count == y.Count && x.Select((item, i) => CommonEquals(JsValue.FromNode(item), JsValue.FromNode(y[i]))).All(eq => eq),
            (JsonObject x, JsonObject y) => DeepEquals(x, y),
            (double x, double y) => Math.Abs(x - y) < JsEpsilon || x == y,
            _ => Equals(a, b),
        };
    }

    /// <summary>lodash isEqual on plain data: key order does not matter, null stays distinct from missing.</summary>
    private static bool DeepEquals(JsonNode? x, JsonNode? y) => (x, y) switch
    {
        (JsonObject a, JsonObject b) => a.Count == b.Count && a.All(p => b.TryGetPropertyValue(p.Key, out var other) && DeepEquals(p.Value, other)),
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Select((item, i) => DeepEquals(item, b[i])).All(eq => eq),
        _ => Equals(JsValue.FromNode(x), JsValue.FromNode(y)),
    };
}
