using System.Text;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// One expansion of a prepared template (the reference engine's internalExpand). Results are
/// <see cref="JsValue.Undefined"/> (the property is dropped), null, a fresh <see cref="JsonNode"/>,
/// or a non-finite double (written as null).
/// </summary>
internal sealed class TemplateExpander(TemplateScope scope)
{
    public object? Expand(TemplateNode node)
    {
        var (data, index) = (scope.Data, scope.Index);
        try
        {
            return node switch
            {
                LiteralNode literal => JsValue.ToNode(literal.Value),
                ExpressionNode expression => Bind(expression),
                ArrayNode array => ExpandArray(array),
                ObjectNode obj => ExpandObject(obj),
                _ => throw new InvalidOperationException($"Unknown template node {node}."),
            };
        }
        finally
        {
            (scope.Data, scope.Index) = (data, index);
        }
    }

    /// <summary>Null items are dropped and array items (a repeated element) are spliced in.</summary>
    private JsonArray ExpandArray(ArrayNode array)
    {
        var result = new JsonArray();
        foreach (var item in array.Items)
        {
            switch (Expand(item))
            {
                case null:
                    break;
                case JsonArray many:
                    var children = many.ToList();
                    many.Clear();
                    foreach (var child in children) result.Add(child);
                    break;
                case JsonNode one:
                    result.Add(one);
                    break;
                default:
                    result.Add(null); // undefined or NaN in an array serializes as null
                    break;
            }
        }
        return result;
    }

    /// <summary>$data binds the scope (an array repeats the object, setting $index); $when drops it unless true.</summary>
    private JsonNode? ExpandObject(ObjectNode obj)
    {
        IReadOnlyList<object?> contexts = [JsValue.Undefined];
        var repeated = false;
        if (obj.Data is not null)
        {
            var value = obj.Data switch
            {
                ExpressionNode expression => Evaluate(expression, substitute: true),
                LiteralNode literal => literal.Value,
                _ => TemplatePreparer.ToData(obj.Data),
            };
            repeated = value is JsonArray;
            contexts = value is JsonArray array ? [.. array.Select(JsValue.FromNode)] : [value];
        }

        var results = new List<JsonObject>();
        for (var i = 0; i < contexts.Count; i++)
        {
            if (repeated) scope.Index = (double)i;
            if (!JsValue.IsUndefined(contexts[i])) scope.Data = contexts[i];
            if (!Dropped(obj.When)) results.Add(ExpandProperties(obj));
        }
        return results.Count switch
        {
            0 => null,
            1 => results[0],
            _ => new JsonArray([.. results]),
        };
    }

    private bool Dropped(TemplateNode? when) => when switch
    {
        null => false,
        ExpressionNode expression => Evaluator.Evaluate(expression.Expr, scope, substitute: false) is not { Failed: false, Value: true },
        LiteralNode literal => JsValue.IsTruthy(literal.Value),
        _ => true, // an object or array is truthy: the reference drops the element
    };

    private JsonObject ExpandProperties(ObjectNode obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj.Properties)
        {
            var expanded = Expand(value);
            if (!JsValue.IsUndefined(expanded)) result[key] = expanded as JsonNode;
        }
        return result;
    }

    private object? Bind(ExpressionNode expression)
    {
        var value = Evaluate(expression, substitute: true);
        // Undefined and NaN/Infinity stay unconverted: in an array both become null rather than being dropped.
        return JsValue.IsUndefined(value) || value is double d && !double.IsFinite(d) ? value : JsValue.ToNode(value);
    }

    private object? Evaluate(ExpressionNode expression, bool substitute)
    {
        var result = expression.Expr is CallExpr { Type: "concat" } concat && substitute
            ? Interpolate(concat)
            : Evaluator.Evaluate(expression.Expr, scope, substitute);
        return result.Failed ? throw new CardTemplateException($"Cannot bind '{expression.Source}': {result.Error}") : result.Value;
    }

    /// <summary>The reference engine's own concatenation: a part that fails is written back as "${part}".</summary>
    private EvalResult Interpolate(CallExpr concat)
    {
        var text = new StringBuilder();
        foreach (var part in concat.Args)
        {
            EvalResult result;
            try
            {
                result = Evaluator.Evaluate(part, scope, substitute: true);
            }
            catch (CardTemplateException e)
            {
                result = EvalResult.Fail(e.Message);
            }
            var value = result.Failed ? "${" + part + "}" : result.Value;
            if (JsValue.IsNullish(value))
                throw new CardTemplateException($"'{part}' is {JsValue.ToJsStringOrEmpty(value)} inside a string; the reference engine fails here too.");
            text.Append(JsValue.ToJsString(value));
        }
        return EvalResult.Of(text.ToString());
    }
}
