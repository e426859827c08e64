using System.Text.RegularExpressions;
using static BotApp.Bot.Features.CustomerLookup.Understanding.LookupRule;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// Words that ask rather than describe. Politeness and the verb (请帮我查一下, "please find") are cut once, from the
/// start of the message only, so "查 找钢网" still searches 找钢网. 客户 and the 有哪些 / 名单 kind of endings are cut
/// where they close a token ("宁波港客户" → 宁波港) but not where they open or sit inside one ("客户服务中心",
/// "大客户服务部" stay names). "customers" goes anywhere, "customer" only at the very end ("Customer Service Center"
/// stays a name), 的 at either edge of a token. 所有 / all mark "list them all" (<see cref="LookupRecognition.ListsAll"/>).
/// </summary>
public static partial class FillerWords
{
    public static IReadOnlyList<LookupRule> Rules { get; } =
    [
        Of(Start + "(?:所有|全部|全体)|" + WordStart + "(?:all|every)" + WordEnd, (_, r) => r with { ListsAll = true }),
        Of("(?:有哪些|有哪几家|有哪几个|哪些|都有谁|有谁|列表|名单|清单)" + End, Keep),
        Of("客户们?" + End, Keep),
        Of(Start + "的|的" + End, Keep),
        Of(WordStart + @"(?:customers|clients|accounts)" + WordEnd + "|" + WordStart + @"(?:customer|client)\s*$", Keep),
    ];

    /// <summary>The message without its opening request words and closing particles.</summary>
    public static string TrimRequest(string text) => Closing().Replace(Opening().Replace(text, ""), "");

    private static LookupRecognition Keep(Match match, LookupRecognition recognition) => recognition;

    [GeneratedRegex(@"^(?:(?:请|麻烦|帮我|帮忙|给我|我想|我要|想|(?:please|pls|can\s+you|could\s+you|would\s+you)(?![A-Za-z0-9]))\s*)*"
        + @"(?:(?:(?:查|找|看|搜索|显示|列出)(?:询|找|看|查|一查|一下|一找|一看|下)?|(?:look\s*up|find|search(?:\s+for)?|show(?:\s+me)?|list|get|give\s+me|display)(?![A-Za-z0-9]))\s*)?"
        + @"(?:(?:me|the|of|for)(?![A-Za-z0-9])\s*)*", LookupRule.Options)]
    private static partial Regex Opening();

    [GeneratedRegex(@"(?:\s*(?:[吧呢吗啊呀哈.]|(?<![A-Za-z0-9])(?:please|pls|thanks|thank\s+you)))+$", LookupRule.Options)]
    private static partial Regex Closing();
}
