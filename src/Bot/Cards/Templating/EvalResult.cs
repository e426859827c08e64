namespace BotApp.Bot.Cards.Templating;

/// <summary>adaptive-expressions' { value, error }: evaluation errors are values, not exceptions.</summary>
internal readonly record struct EvalResult(object? Value, string? Error)
{
    public bool Failed => Error is not null;

    public static EvalResult Of(object? value) => new(value, null);

    public static EvalResult Fail(string error) => new(JsValue.Undefined, error);
}
