using static BotApp.Bot.Features.CustomerLookup.Understanding.LookupRule;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>"我的客户", "我负责的", "my customers", "customers I manage": the viewer's own customers.</summary>
public static class MineWords
{
    public static IReadOnlyList<LookupRule> Rules { get; } =
    [
        Of("我(?:负责|管理|维护|跟进|分管|名下|手上|手里)?的|我名下", Mine),
        Of(WordStart + @"(?:my(?:\s+own)?|mine|(?:(?:that|which|whom?)\s+)?i\s+(?:manage|handle|look\s+after|am\s+responsible\s+for)|assigned\s+to\s+me)" + WordEnd, Mine),
    ];

    private static LookupRecognition Mine(System.Text.RegularExpressions.Match match, LookupRecognition recognition) =>
        recognition.With(l => l with { MineOnly = true });
}
