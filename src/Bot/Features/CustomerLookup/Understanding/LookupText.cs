using System.Text;
using System.Text.RegularExpressions;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// The one clean-up of what people type before it is recognised: Unicode NFKC (full-width Ｃ３３０２ becomes C3302,
/// the ideographic space a space), invisible format characters dropped, punctuation that separates phrases turned
/// into spaces, whitespace runs as one space, trimmed. Case is kept: a name fragment goes back to the person in the
/// "nothing found" answer, and the search folds case itself.
/// </summary>
public static partial class LookupText
{
    private static readonly char[] EdgePunctuation = [',', '.', '-', '/', '·', '_', ' '];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var folded = Separators().Replace(text.Normalize(NormalizationForm.FormKC), " ");
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            // Teams and phone keyboards slip in zero-width spaces and emoji variation selectors.
            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format || c == '\uFE0F')
                continue;
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        return builder.ToString().TrimEnd(' ');
    }

    /// <summary>True when a leftover holds something a name could be searched by (not only dashes or brackets).</summary>
    public static bool HasWord(string text) => text.Any(char.IsLetterOrDigit);

    /// <summary>
    /// What is left of a text after recognised words were cut out, ready to search as a name: single spaces, without
    /// the commas, dots and dashes that only separated it from the words cut out ("Ningbo Port, in arrears").
    /// </summary>
    public static string Leftover(string text) => Whitespace().Replace(text, " ").Trim(EdgePunctuation);

    // Not '.', '(', '-', '&' or '’': customer names contain them ("No.1", "（宁波）", "Smith & Co", "McDonald’s"); nor a
    // comma inside an English name ("Co., Ltd"). NFKC has already made ，！？：； ASCII; 。、“” have no compatibility form.
    [GeneratedRegex("(?<![A-Za-z.]),|,(?!\\s?[A-Za-z])|[;:!?。、\"“”「」『』《》【】|]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
