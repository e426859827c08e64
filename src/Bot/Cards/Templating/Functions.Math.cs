namespace BotApp.Bot.Cards.Templating;

// Arithmetic. Operands are evaluated with null substitution, as in the reference, so a missing
// path is the string "${path}": `+` then concatenates and the numeric operators fail.
internal static partial class Functions
{
    /// <summary>add / +: numbers add; otherwise string concatenation; number + null is an error.</summary>
    private static EvalResult AddValues(CallExpr call, TemplateScope scope, bool substitute)
    {
        var (args, error) = Children(call, scope, substitute, (value, child) =>
            value is string || JsValue.IsUndefined(value) || JsValue.IsNumber(value) ? null : $"{child} is neither a number nor string");
        if (error is not null) return EvalResult.Fail(error);
        var soFar = args[0];
        for (var i = 1; i < args.Count; i++)
        {
            var (a, b) = (soFar, args[i]);
            if ((JsValue.IsNullish(a) && JsValue.IsNumber(b)) || (JsValue.IsNullish(b) && JsValue.IsNumber(a)))
                return EvalResult.Fail("Operator '+' or add cannot be applied to operands of type 'number' and null object.");
            soFar = JsValue.IsNumber(a) && JsValue.IsNumber(b)
                ? (double)a! + (double)b!
                : (JsValue.IsNullish(a) ? "" : JsValue.ToJsString(a)) + (JsValue.IsNullish(b) ? "" : JsValue.ToJsString(b));
        }
        return EvalResult.Of(soFar);
    }

    /// <summary>MultivariateNumericEvaluator: every operand must be a number, folded left to right.</summary>
    private static Evaluate Arithmetic(Func<double, double, double> operation, bool divisorMustBeNonZero = false) => (call, scope, substitute) =>
    {
        var position = 0;
        var (args, error) = Children(call, scope, substitute, (value, child) =>
        {
            var message = JsValue.IsNumber(value) ? null : $"{child} is not a number.";
            if (message is null && divisorMustBeNonZero && position > 0 && (double)value! == 0) message = $"Cannot divide by 0 from {child}";
            position++;
            return message;
        });
        if (error is not null) return EvalResult.Fail(error);
        var result = (double)args[0]!;
        for (var i = 1; i < args.Count; i++) result = operation(result, (double)args[i]!);
        return EvalResult.Of(result);
    };

    /// <summary>div: integer operands give the floor of the quotient (7/2 is 3).</summary>
    private static double Divide(double a, double b)
    {
        var quotient = a / b;
        return JsValue.IsInteger(a) && JsValue.IsInteger(b) ? Math.Floor(quotient) : quotient;
    }

    private static EvalResult Modulo(CallExpr call, TemplateScope scope, bool substitute)
    {
        var (args, error) = Children(call, scope, substitute, (value, child) => JsValue.IsInteger(value) ? null : $"{child} is not a integer.");
        if (error is not null) return EvalResult.Fail(error);
        var (a, b) = ((double)args[0]!, (double)args[1]!);
        return b == 0 ? EvalResult.Fail("Cannot mod by 0.") : EvalResult.Of(a % b);
    }
}
