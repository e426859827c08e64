using System.Globalization;

namespace BotApp.Bot.Localization;

/// <summary>
/// Amounts in yuan as people in the business read them: ¥ always; in Chinese 万 from ten thousand and 亿 from a
/// hundred million (¥12.35万), in English thousands and millions (¥123.5K, ¥1.24M). Small amounts keep their fen.
/// </summary>
public static class MoneyText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(decimal yuan, string? locale)
    {
        var sign = yuan < 0 ? "-" : "";
        var amount = Math.Abs(yuan);
        if (amount < 10_000m)
            return sign + "¥" + amount.ToString("#,0.##", Invariant);
        if (!ResxLocalizer.IsEnglish(locale))
            return amount >= 100_000_000m
                ? $"{sign}¥{Round(amount / 100_000_000m)}亿"
                : $"{sign}¥{Round(amount / 10_000m)}万";
        return amount >= 1_000_000m
            ? $"{sign}¥{Round(amount / 1_000_000m)}M"
            : $"{sign}¥{Round(amount / 1_000m)}K";
    }

    /// <summary>Two decimals at most, trailing zeros dropped; rounded half away from zero as finance does.</summary>
    private static string Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", Invariant);
}
