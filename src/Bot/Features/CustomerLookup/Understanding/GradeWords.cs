using System.Text.RegularExpressions;
using static BotApp.Bot.Features.CustomerLookup.Understanding.LookupRule;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// Star grades: 五星 / 5星 / 五星级 / ★★★★★ / "5-star" / "grade 5". 三星 and 五星 are also brand names (三星电子, 五星电器),
/// so a grade written with a Chinese numeral and no 级 counts only before 客户 ("三星客户"); "查 三星" searches the name.
/// A digit grade counts unless more letters follow it ("5星电器" stays a name).
/// </summary>
public static class GradeWords
{
    public static IReadOnlyList<LookupRule> Rules { get; } =
    [
        Of("[★⭐]+☆*", (m, r) => Grade(r, m.Value.Count(c => c is '★' or '⭐'))),
        Of(@"(?<![0-9])(?<n>[1-5一二两三四五])\s*颗?星级", Stars),
        Of(@"(?<![0-9])(?<n>[1-5])\s*颗?星(?=$|的|客户|[^\p{L}\p{N}])", Stars),
        Of(@"(?<n>[一二两三四五])\s*颗?星(?=\s*(?:的\s*)?客户)", Stars),
        Of(WordStart + @"(?<n>[1-5]|one|two|three|four|five)\s*-?\s*stars?" + WordEnd, Stars),
        Of(WordStart + @"grade\s*(?<n>[1-5])" + WordEnd, Stars),
    ];

    private static readonly string[] EnglishNumbers = ["one", "two", "three", "four", "five"];

    private static LookupRecognition Stars(Match match, LookupRecognition recognition)
    {
        var n = match.Groups["n"].Value;
        var english = Array.FindIndex(EnglishNumbers, w => string.Equals(w, n, StringComparison.OrdinalIgnoreCase));
        return Grade(recognition, english >= 0 ? english + 1 : ChineseNumber.Parse(n) ?? 0);
    }

    // Six stars or more is no grade; the words are still dropped rather than searched as a name.
    private static LookupRecognition Grade(LookupRecognition recognition, int stars) =>
        stars is < 1 or > 5 ? recognition : recognition.With(l => l with { Grade = l.Grade ?? stars });
}
