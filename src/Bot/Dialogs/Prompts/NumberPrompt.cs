using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>
/// Asks for a number; the result is a decimal (read it with GetValue&lt;decimal&gt;()). Accepts "1,234.5",
/// full-width "１２３" and "５０". The whole answer must be the number, so "5万" is asked again rather than
/// read as 5. Bounds come from <see cref="PromptOptions.Min"/> and <see cref="PromptOptions.Max"/>.
/// </summary>
public sealed partial class NumberPrompt(string id, ILocalizer texts) : Prompt(id, texts)
{
    protected override PromptRecognition Recognize(ITurnContext turn, PromptOptions options)
    {
        if (!IsMessage(turn))
            return PromptRecognition.Ignored;
        if (Parse(turn.Activity.Text) is not { } number)
            return PromptRecognition.Unrecognized(DialogTextKeys.NumberRetry);

        return (options.Min, options.Max) switch
        {
            ({ } min, { } max) when number < min || number > max => PromptRecognition.Invalid(DialogTextKeys.NumberRange, min, max),
            ({ } min, null) when number < min => PromptRecognition.Invalid(DialogTextKeys.NumberMin, min),
            (null, { } max) when number > max => PromptRecognition.Invalid(DialogTextKeys.NumberMax, max),
            _ => PromptRecognition.Success(JsonValue.Create(number)),
        };
    }

    internal static decimal? Parse(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (!NumberPattern().IsMatch(normalized))
            return null;
        return decimal.TryParse(normalized.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    // Thousands separators only in groups of three, so "1,5" (a European 1.5) is not silently read as 15.
    [GeneratedRegex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
