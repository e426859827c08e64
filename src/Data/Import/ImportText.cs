using System.Globalization;
using System.Resources;

namespace BotApp.Data.Import;

/// <summary>
/// The importer's words, Chinese (neutral) and English (ImportText.en.resx). They live beside the importer rather
/// than in the bot's Strings.resx because the rejection report is built here and read by people fixing a file.
/// </summary>
public static class ImportText
{
    private static readonly ResourceManager Resources = new("BotApp.Data.Import.ImportText", typeof(ImportText).Assembly);

    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>"en…" is English; anything else (zh, zh-CN, none) is Chinese, our users' first language.</summary>
    public static CultureInfo CultureFor(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    public static string Get(string key, CultureInfo culture, params object[] args)
    {
        var text = Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No import text for key '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    public static string Reason(ImportReason reason, CultureInfo culture, IReadOnlyList<string> args) =>
        Get($"Reason.{reason}", culture, [.. args]);
}
