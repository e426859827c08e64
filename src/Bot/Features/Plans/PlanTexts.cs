using System.Globalization;
using BotApp.Bot.Localization;
using BotApp.Handlers.Plans;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// The handlers' <see cref="TextRef"/>s (route reasons, validation errors) in the reader's language: amounts as money,
/// percentages and counts as plain numbers. Which argument is money is known per key (PlanText documents the order).
/// </summary>
public sealed class PlanTexts(ILocalizer texts)
{
    private static readonly Dictionary<string, int[]> MoneyArguments = new(StringComparer.Ordinal)
    {
        [PlanText.RouteWithinTier] = [2],
        [PlanText.RouteAboveTier + "." + PlanText.MeasureConcession] = [1, 2],
        [PlanText.InvalidAmount] = [0, 1],
        [PlanText.InvalidRevenue] = [0],
    };

    public string Render(TextRef text, string? locale)
    {
        // "above tier" reads differently for a discount (percent) and a concession value (money): one text per measure.
        var key = text.Key == PlanText.RouteAboveTier && text.Args.Count > 0 && text.Args[0] is string measure ? $"{text.Key}.{measure}" : text.Key;
        var args = text.Args;
        var money = MoneyArguments.GetValueOrDefault(key, []);
        var shown = args.Select((arg, i) => Show(arg, money.Contains(i), locale)).ToArray();
        return texts.Get(key, locale, shown);
    }

    /// <summary>Percent and plain numbers without trailing zeros: 32, 12.5.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static object Show(object arg, bool money, string? locale) => arg switch
    {
        decimal number when money => MoneyText.Format(number, locale),
        decimal number => Number(number),
        _ => arg,
    };
}
