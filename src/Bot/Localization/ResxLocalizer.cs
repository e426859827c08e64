using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace BotApp.Bot.Localization;

/// <summary>
/// Reads Resources/Strings*.resx. The neutral resources are Chinese (our users read Chinese first);
/// any English locale gets Strings.en.resx; an unknown or missing locale falls back to Chinese.
/// </summary>
public sealed class ResxLocalizer : ILocalizer
{
    private static readonly ResourceManager Resources = new("BotApp.Bot.Resources.Strings", typeof(ResxLocalizer).Assembly);
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.OrdinalIgnoreCase);

    public string Get(string key, string? locale, params object[] args)
    {
        var culture = CultureFor(locale);
        var text = Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text for key '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    public static CultureInfo CultureFor(string? locale) =>
        Cultures.GetOrAdd(locale ?? "", static l => l.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("en")
            : CultureInfo.GetCultureInfo("zh-CN"));

    /// <summary>True for any English locale; everything else is treated as Chinese.</summary>
    public static bool IsEnglish(string? locale) => CultureFor(locale).TwoLetterISOLanguageName == "en";
}
