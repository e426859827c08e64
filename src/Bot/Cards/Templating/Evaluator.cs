namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// Evaluates an expression against a scope. With <c>substitute</c> on (the reference engine's
/// nullSubstitution, used for bindings), a path that does not resolve evaluates to the text
/// <c>${path}</c>; with it off (<c>$when</c>, and inside logic and comparison functions), to undefined.
/// </summary>
internal static class Evaluator
{
    public static EvalResult Evaluate(Expr expr, TemplateScope scope, bool substitute) => expr switch
    {
        ConstantExpr constant => EvalResult.Of(constant.Value),
        AccessorExpr accessor => Access(accessor, scope, substitute),
        ElementExpr element => Element(element, scope, substitute),
        CallExpr call => Functions.Invoke(call, scope, substitute),
        _ => throw new InvalidOperationException($"Unknown expression {expr}."),
    };

    /// <summary>Accessor: collapse a.b[0].c into one path (FunctionUtils.tryAccumulatePath), then read it.</summary>
    private static EvalResult Access(AccessorExpr accessor, TemplateScope scope, bool substitute)
    {
        var segments = new List<string>();
        var text = "";
        Expr? left = accessor;
        while (left is AccessorExpr or ElementExpr)
        {
            if (left is AccessorExpr a)
            {
                segments.Insert(0, a.Name);
                text = a.Name + "." + text;
                left = a.Parent;
                continue;
            }
            var element = (ElementExpr)left;
            var index = Evaluate(element.Index, scope, substitute);
            if (index.Failed) return index;
            var segment = index.Value is double or string ? JsValue.ToJsString(index.Value) : null;
            if (segment is null) return EvalResult.Fail($"{element.Index} doesn't return an int or string");
            segments.Insert(0, segment);
            text = (index.Value is double || Paths.ParseInt(segment) is not null ? $"[{segment}]." : $"['{segment}'].") + text;
            left = element.Instance;
        }
        var path = text.TrimEnd('.').Replace(".[", "[", StringComparison.Ordinal);

        object? value;
        if (left is null)
        {
            value = scope.GetValue(segments);
        }
        else
        {
            var instance = Evaluate(left, scope, substitute);
            if (instance.Failed) return instance;
            value = instance.Value;
            foreach (var segment in segments)
            {
                if (!Paths.TryStep(value, segment, out value)) { value = JsValue.Undefined; break; }
            }
        }
        return EvalResult.Of(!JsValue.IsUndefined(value) || !substitute ? value : "${" + path + "}");
    }

    /// <summary>Element: a[i] or a['key']; the index is evaluated without substitution and the result is never substituted.</summary>
    private static EvalResult Element(ElementExpr element, TemplateScope scope, bool substitute)
    {
        var instance = Evaluate(element.Instance, scope, substitute);
        if (instance.Failed) return instance;
        var index = Evaluate(element.Index, scope, substitute: false);
        if (index.Failed) return index;
        return index.Value switch
        {
            double d when JsValue.IsInteger(d) => d is >= int.MinValue and <= int.MaxValue
                ? Paths.Index(instance.Value, (int)d)
                : EvalResult.Fail($"{d} is out of range"),
            string key => EvalResult.Of(Paths.Property(instance.Value, key)),
            _ => EvalResult.Fail($"Could not coerce {element.Index} to an int or string."),
        };
    }
}
