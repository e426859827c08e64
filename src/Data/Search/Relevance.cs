namespace BotApp.Data.Search;

/// <summary>
/// How well a name matches a fragment, as three patterns over GroupCustomer.SearchText ("\n名称\nname\n"): the whole
/// name (tier 0), the start of a name (tier 1) or anywhere (tier 2). A one-character fragment has no start tier:
/// "starts with 宁" says little, and the index has no anchored one-character entries to find it fast.
/// </summary>
internal sealed record Relevance(string Exact, string Prefix, string Contains)
{
    public static Relevance For(string fragment)
    {
        var exact = $"{SearchText.Boundary}{fragment}{SearchText.Boundary}";
        return new(exact, fragment.Length >= 2 ? $"{SearchText.Boundary}{fragment}" : exact, fragment);
    }

    /// <summary>The tiers from best to worst: the pattern each must contain and the better tier's it must not.</summary>
    public IEnumerable<(string Pattern, string? Excluded, int Tier)> Tiers()
    {
        yield return (Exact, null, 0);
        if (Prefix != Exact)
            yield return (Prefix, Exact, 1);
        yield return (Contains, Prefix, 2);
    }
}
