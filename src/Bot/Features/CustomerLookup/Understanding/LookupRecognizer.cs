using System.Text.RegularExpressions;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// Turns what an account manager typed (zh-CN or English, any word order, full-width or not) into a
/// <see cref="Lookup"/>. Recognised words are cut out one rule at a time until no rule matches; what is left is
/// searched as a name, so anything the rules cannot place still finds customers by name. Pure and thread-safe.
/// </summary>
public static class LookupRecognizer
{
    private static readonly IReadOnlyList<LookupRule> Rules =
    [
        .. CodeWords.Rules,
        .. AgreementWords.Rules,
        .. ArrearsWords.Rules,
        .. GradeWords.Rules,
        .. MineWords.Rules,
        .. IndustryWords.Rules,
        .. FillerWords.Rules,
    ];

    /// <summary>
    /// Lookups are a few words; a pasted page is read only this far, which also bounds the work (each cut rescans the
    /// text with every rule).
    /// </summary>
    public const int MaxLength = 200;

    public static LookupRecognition Recognize(string? text)
    {
        var normalized = LookupText.Normalize(text);
        var rest = FillerWords.TrimRequest(normalized.Length > MaxLength ? normalized[..MaxLength] : normalized);
        var recognition = LookupRecognition.Nothing;
        // Every cut removes at least one character that is not a space, so the loop ends.
        while (FirstMatch(rest) is (var rule, var match))
        {
            recognition = rule.Apply(match, recognition);
            // A space, not nothing: the words on either side must not run together into a new word.
            rest = string.Concat(rest.AsSpan(0, match.Index).TrimEnd(' '), " ", rest.AsSpan(match.Index + match.Length).TrimStart(' '));
        }
        var name = LookupText.Leftover(rest);
        return LookupText.HasWord(name) ? recognition.With(l => l with { NameFragment = name }) : recognition;
    }

    private static (LookupRule Rule, Match Match)? FirstMatch(string rest)
    {
        foreach (var rule in Rules)
        {
            if (rule.Pattern.Match(rest) is { Success: true } match && !string.IsNullOrWhiteSpace(match.Value))
                return (rule, match);
        }
        return null;
    }
}
