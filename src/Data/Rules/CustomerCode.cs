using System.Text.RegularExpressions;

namespace BotApp.Data.Rules;

/// <summary>A BSS group-customer code: "C" and nine digits, e.g. C330200001.</summary>
public static partial class CustomerCode
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^C[0-9]{9}$")]
    private static partial Regex Pattern();
}
