using static BotApp.Bot.Features.CustomerLookup.Understanding.LookupRule;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>A whole customer code, "C" and nine digits (Data/Rules/CustomerCode), with or without "客户编号" / "code" before it.</summary>
public static class CodeWords
{
    public static IReadOnlyList<LookupRule> Rules { get; } =
    [
        Of(@"(?:(?:客户)?(?:编号|代码|编码)|" + WordStart + @"(?:customer\s+)?(?:code|no\.?))?\s*" + WordStart + "(?<code>C[0-9]{9})" + WordEnd,
            (m, r) => r.With(l => l with { Code = l.Code ?? m.Groups["code"].Value.ToUpperInvariant() })),
    ];
}
