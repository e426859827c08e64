using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

// Strings, lists and conversion.
internal static partial class Functions
{
    private static EvalResult Count(CallExpr call, TemplateScope scope, bool substitute) =>
        Unary(call, scope, substitute, value => value switch
        {
            string s => EvalResult.Of((double)s.Length),
            JsonArray array => EvalResult.Of((double)array.Count),
            JsonObject obj => EvalResult.Of((double)obj.Count),
            null => EvalResult.Fail("Cannot convert undefined or null to object"),
            _ => EvalResult.Fail($"{call.Args[0]} must be a string, list, map or object."),
        });

    private static EvalResult Length(CallExpr call, TemplateScope scope, bool substitute) =>
        Unary(call, scope, substitute, value => value switch
        {
            string s => EvalResult.Of((double)s.Length),
            _ when JsValue.IsUndefined(value) => EvalResult.Of(0d),
            _ => EvalResult.Fail($"{call.Args[0]} is neither a string nor a null object."),
        });

    /// <summary>concat / &amp;: lists concatenate, anything else is stringified (objects as JSON) and joined.</summary>
    private static EvalResult Concat(CallExpr call, TemplateScope scope, bool substitute)
    {
        var (args, error) = Children(call, scope, substitute);
        if (error is not null) return EvalResult.Fail(error);
        var soFar = args[0];
        for (var i = 1; i < args.Count; i++)
        {
            var (a, b) = (soFar, args[i]);
            soFar = (a, b) switch
            {
                _ when JsValue.IsNullish(a) && JsValue.IsNullish(b) => JsValue.Undefined,
                (_, JsonArray) when JsValue.IsNullish(a) => b,
                (JsonArray, _) when JsValue.IsNullish(b) => a,
                (JsonArray x, JsonArray y) => new JsonArray([.. x.Concat(y).Select(n => n?.DeepClone())]),
                _ => CommonStringify(a) + CommonStringify(b),
            };
        }
        return EvalResult.Of(soFar);
    }

    /// <summary>string(): numbers get d3's ",.Nf" with the decimals JavaScript would print (1234.5 → "1,234.5").</summary>
    private static EvalResult StringOf(CallExpr call, TemplateScope scope, bool substitute) =>
        Unary(call, scope, substitute, value => EvalResult.Of(value switch
        {
            string s => s,
            double d when JsValue.IsNumber(d) => JsNumber.FormatFixedGrouped(d, Decimals(JsNumber.ToString(d))),
            _ => CommonStringify(value),
        }));

    private static EvalResult Json(CallExpr call, TemplateScope scope, bool substitute) =>
        Unary(call, scope, substitute, value =>
        {
            if (value is not string text) return EvalResult.Fail($"{call.Args[0]} is not a string.");
            try
            {
                return EvalResult.Of(JsValue.FromNode(JsonNode.Parse(text.Trim())));
            }
            catch (JsonException e)
            {
                return EvalResult.Fail(e.Message);
            }
        });

    /// <summary>formatNumber(number, decimals): rounds half up, then d3's ",.Nf" (comma thousands, U+2212 minus).</summary>
    private static EvalResult FormatNumber(CallExpr call, TemplateScope scope, bool substitute)
    {
        var (args, error) = Children(call, scope, substitute);
        if (error is not null) return EvalResult.Fail(error);
        if (!JsValue.IsNumber(args[0])) return EvalResult.Fail($"formatNumber first argument {JsValue.ToJsStringOrEmpty(args[0])} must be a number");
        if (args[1] is not double decimals || !JsValue.IsInteger(decimals) || decimals < 0)
            return EvalResult.Fail($"formatNumber second argument {JsValue.ToJsStringOrEmpty(args[1])} must be a non-negative integer");
        var scale = Math.Pow(10, decimals);
        return EvalResult.Of(JsNumber.FormatFixedGrouped(JsNumber.Round((double)args[0]! * scale) / scale, (int)Math.Min(decimals, 20)));
    }

    private static EvalResult Join(CallExpr call, TemplateScope scope, bool substitute)
    {
        var (args, error) = Children(call, scope, substitute);
        if (error is not null) return EvalResult.Fail(error);
        if (args[0] is not JsonArray list) return EvalResult.Fail($"{call.Args[0]} evaluates to {JsValue.ToJsStringOrEmpty(args[0])} which is not a list.");
        var items = list.Select(n => JsValue.FromNode(n) is { } v && !JsValue.IsUndefined(v) ? JsValue.ToJsString(v) : "").ToList();
        static string Separator(object? value) => JsValue.IsUndefined(value) ? "," : JsValue.ToJsStringOrEmpty(value);
        if (args.Count == 2) return EvalResult.Of(string.Join(Separator(args[1]), items));
        if (items.Count < 3) return EvalResult.Of(string.Join(Separator(args[2]), items));
        var last = JsValue.FromNode(list[^1]);
        return EvalResult.Of(string.Join(Separator(args[1]), items[..^1]) + JsValue.ToJsStringOrEmpty(args[2]) + JsValue.ToJsStringOrEmpty(last));
    }

    private static EvalResult Coalesce(CallExpr call, TemplateScope scope, bool substitute)
    {
        var (args, error) = Children(call, scope, substitute);
        return error is not null ? EvalResult.Fail(error) : EvalResult.Of(args.FirstOrDefault(a => !JsValue.IsNullish(a), JsValue.Undefined));
    }

    private static EvalResult CreateArray(CallExpr call, TemplateScope scope, bool substitute)
    {
        var (args, error) = Children(call, scope, substitute);
        return error is not null ? EvalResult.Fail(error) : EvalResult.Of(new JsonArray([.. args.Select(a => JsValue.IsUndefined(a) ? null : JsValue.ToNode(a))]));
    }

    private static EvalResult Unary(CallExpr call, TemplateScope scope, bool substitute, Func<object?, EvalResult> apply)
    {
        var (args, error) = Children(call, scope, substitute);
        return error is not null ? EvalResult.Fail(error) : apply(args[0]);
    }

    /// <summary>InternalFunctionUtils.commonStringify: objects as JSON without leading/trailing quotes, null as "".</summary>
    private static string CommonStringify(object? value) =>
        JsValue.IsNullish(value) ? "" : value is JsonNode ? JsJson.Stringify(value).TrimStart('\'', '"').TrimEnd('\'', '"') : JsValue.ToJsString(value);

    private static int Decimals(string jsNumber)
    {
        var point = jsNumber.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : jsNumber.Length - point - 1;
    }
}
