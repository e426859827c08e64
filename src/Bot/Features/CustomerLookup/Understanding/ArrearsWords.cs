using static BotApp.Bot.Features.CustomerLookup.Understanding.LookupRule;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// "欠费客户", "customers in arrears": an outstanding arrears amount. None of these words appear in customer names, so
/// they count anywhere, except after a negation: "没有欠费" / "not in arrears" cannot be asked for, and reading it as
/// "in arrears" would answer the opposite question; it stays text and the "nothing found" answer shows it.
/// </summary>
public static class ArrearsWords
{
    public static IReadOnlyList<LookupRule> Rules { get; } =
    [
        Of("(?<!没有?|无|不|未|非)(?:(?<!所)有|存在)?(?:欠费|欠款|欠缴|拖欠(?:费用|话费|款项)?|逾期未缴|未缴费)", Arrears),
        Of(WordStart + @"(?<!(?<![A-Za-z])(?:not|no|without|never)\s+(?:(?:in|with|have|having)\s+)?)"
            + @"(?:(?:that|which|who)\s+(?:are|have|has)\s+)?(?:(?:with|in|having|has|have)\s+)?"
            + @"(?:arrears?|unpaid\s+bills?|overdue\s+(?:bills?|payments?|balances?)|outstanding\s+(?:bills?|balances?|payments?)|owing(?:\s+money)?)" + WordEnd,
            Arrears),
    ];

    private static LookupRecognition Arrears(System.Text.RegularExpressions.Match match, LookupRecognition recognition) =>
        recognition.With(l => l with { WithArrears = true });
}
