using System.Text.RegularExpressions;
using BotApp.Handlers.Customers;
using static BotApp.Bot.Features.CustomerLookup.Understanding.LookupRule;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// Agreements ending: "本月到期协议", "协议30天内到期", "agreements ending in 30 days", "expiring contracts this month".
/// 到期 / expiring is what makes it a lookup by agreement; only then are the window (本月, 30天内, in 6 weeks) and the
/// nouns (协议, 合同, agreements) taken as part of it. No window means the default one (<see cref="AgreementWindow"/>, 30 days).
/// Weeks count 7 days and months 30; "this month" (本月, 月底前) is the calendar month.
/// </summary>
public static class AgreementWords
{
    private const string ZhWindow = "(?:(?<month>本月|这个月|当月|月底)(?:底|末)?(?:之前|以前|前|以内|之内|内)?"
        + @"|(?:未来|近|最近|接下来|今后)?\s*(?<n>" + ChineseNumber.Pattern + @")\s*(?<unit>天|日|个?星期|周|个月)\s*(?:以内|之内|内)?)";

    private const string ZhNoun = "(?:协议|合同|合约)";

    private const string EnNoun = "(?:agreements?|contracts?)";

    private const string EnWindow = @"(?:(?<month>(?:by\s+)?(?:the\s+)?end\s+of\s+(?:this|the)\s+month|this\s+month)"
        + @"|(?:in|within)\s+(?:the\s+)?(?:next\s+)?(?<n>[0-9]{1,4}|an?|one)\s*(?<unit>days?|weeks?|months?)"
        + @"|(?:the\s+)?next\s+(?<n>[0-9]{1,4})\s*(?<unit>days?|weeks?|months?))";

    public static IReadOnlyList<LookupRule> Rules { get; } =
    [
        Of(@"(?:" + ZhWindow + @"\s*的?\s*)?(?:" + ZhNoun + @"\s*)?(?:将|会|在|于)*\s*(?:" + ZhWindow + @"\s*)?"
            + @"(?:即将|快要?|将要?|马上|就要)?(?:到期|届满)(?:\s*的)?(?:\s*" + ZhNoun + ")?", Ending),
        Of(WordStart + @"(?:(?:whose|with)\s+)?" + EnNoun + @"\s+(?:(?:that|which)\s+)?(?:(?:are|is|will)\s+)?(?:be\s+)?"
            + @"(?:end(?:s|ing)?|expir(?:e|es|ing)|due(?:\s+to\s+(?:end|expire))?|run(?:s|ning)?\s+out|up\s+for\s+renewal)"
            + @"(?:\s+" + EnWindow + ")?" + WordEnd, Ending),
        Of(WordStart + @"(?:expiring|ending)\s+" + EnNoun + @"(?:\s+" + EnWindow + ")?" + WordEnd, Ending),
    ];

    private static LookupRecognition Ending(Match match, LookupRecognition recognition) => recognition.WithWindow(WindowOf(match));

    private static AgreementWindow WindowOf(Match match)
    {
        if (match.Groups["month"].Success)
            return new AgreementWindow(ThisMonth: true);
        if (!match.Groups["n"].Success)
            return new AgreementWindow();
        var count = match.Groups["n"].Value.ToLowerInvariant() is "a" or "an" or "one" ? 1 : ChineseNumber.Parse(match.Groups["n"].Value) ?? 1;
        var days = count * DaysPer(match.Groups["unit"].Value.ToLowerInvariant());
        // "0天内" or "10000 days" are typing slips: keep the window meaningful rather than reject the whole lookup.
        return new AgreementWindow(Math.Clamp(days, 1, 3660));
    }

    private static int DaysPer(string unit) =>
        unit.Contains('月', StringComparison.Ordinal) || unit.StartsWith('m') ? 30
        : unit.Contains('周', StringComparison.Ordinal) || unit.Contains('星', StringComparison.Ordinal) || unit.StartsWith('w') ? 7
        : 1;
}
