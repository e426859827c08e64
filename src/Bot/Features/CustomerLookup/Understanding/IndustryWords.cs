using System.Text.RegularExpressions;
using BotApp.Data.Entities;
using BotApp.Data.Import;
using static BotApp.Bot.Features.CustomerLookup.Understanding.LookupRule;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// Industries, by the Chinese words of BSS exports (<see cref="ImportVocabulary.Industries"/>) plus the ones people say
/// in chat (<see cref="IndustryVocabulary"/>). Industry words are common inside names (宁波市教育局, 宁波银行, Bank of
/// Ningbo), so one counts only as a word of its own: "教育客户", "宁波 医院", "教育行业", "宁波教育行业", "hospital customers",
/// "customers in education", "the finance sector", or a plural ("hospitals"). Otherwise it stays part of the name.
/// </summary>
public static class IndustryWords
{
    private const string ZhMarker = @"\s*(?:行业|领域|板块|系统|类|业)";
    private const string ZhBefore = @"(?<=^|\s|的)";
    private const string ZhAfter = @"(?=\s|$|的|客户)";

    private static readonly Dictionary<string, Industry> Chinese = IndustryVocabulary.Chinese
        .Concat(ImportVocabulary.Industries.Where(w => w.Key.Any(IsChinese)))
        .ToDictionary(StringComparer.Ordinal);

    private static readonly string ZhWords = Alternation(Chinese.Keys);
    private static readonly string EnWords = Alternation(IndustryVocabulary.English.Keys);
    private static readonly string EnPlurals = Alternation(IndustryVocabulary.EnglishPlurals.Keys);

    public static IReadOnlyList<LookupRule> Rules { get; } =
    [
        // With a marker the word may close a longer token ("宁波教育行业"), but never open one ("金融业务").
        Of($"(?<zh>{ZhWords}){ZhMarker}{ZhAfter}", InIndustry),
        Of($"{ZhBefore}(?<zh>{ZhWords}){ZhAfter}", InIndustry),
        // "IT" only in capitals and beside a marker: "it" is also a pronoun.
        Of(WordStart + @"(?-i:IT)(?:\s*(?:行业|领域|类)|\s+(?:industry|sector)" + WordEnd + @"|(?=\s*(?:客户|customers?|clients?)" + WordEnd + "))",
            (_, r) => r.With(l => l with { Industry = l.Industry ?? Industry.InformationTechnology })),
        Of($@"{WordStart}in\s+(?:the\s+)?(?<en>{EnWords})(?:\s+(?:industry|sector|field))?{WordEnd}", InIndustry),
        Of($@"{WordStart}(?<en>{EnWords})\s+(?:industry|industries|sector|field){WordEnd}", InIndustry),
        Of($@"{WordStart}(?<en>{EnWords})(?=\s+(?:customers?|clients?){WordEnd})", InIndustry),
        Of($"{WordStart}(?<plural>{EnPlurals}){WordEnd}", InIndustry),
    ];

    private static LookupRecognition InIndustry(Match match, LookupRecognition recognition)
    {
        var industry = match.Groups["zh"].Success ? Chinese[match.Groups["zh"].Value]
            : match.Groups["en"].Success ? IndustryVocabulary.English[match.Groups["en"].Value]
            : IndustryVocabulary.EnglishPlurals[match.Groups["plural"].Value];
        return recognition.With(l => l with { Industry = l.Industry ?? industry });
    }

    /// <summary>Longest first, so 医疗卫生 wins over 医疗 and "real estate" over "estate".</summary>
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape));

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
