using System.Text.RegularExpressions;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// One way of saying a criterion: where <see cref="Pattern"/> matches, the matched words are cut out of the text and
/// <see cref="Apply"/> adds what they mean. The recognizer tries the rules in order until none matches.
/// </summary>
public sealed record LookupRule(Regex Pattern, Func<Match, LookupRecognition, LookupRecognition> Apply)
{
    /// <summary>
    /// Chinese has no spaces, so a word only counts as a word of its own where it touches a token edge: the start or
    /// end of the text, a space, or the gap left by words already cut out. "宁波港客户" loses its 客户, "大客户服务部"
    /// keeps it.
    /// </summary>
    public const string Start = @"(?<=^|\s)";

    /// <summary>The end of a token; see <see cref="Start"/>.</summary>
    public const string End = @"(?=\s|$)";

    /// <summary>English words end at anything that is not a Latin letter or digit, Chinese characters included.</summary>
    public const string WordStart = "(?<![A-Za-z0-9])";

    /// <summary>The end of an English word; see <see cref="WordStart"/>.</summary>
    public const string WordEnd = "(?![A-Za-z0-9])";

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Texts are a chat message long; the timeout only guards against a pattern written badly later.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static LookupRule Of(string pattern, Func<Match, LookupRecognition, LookupRecognition> apply) =>
        new(new Regex(pattern, Options, Timeout), apply);
}
