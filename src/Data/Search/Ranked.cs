namespace BotApp.Data.Search;

/// <summary>The best hits in order (at least as many as the page needs, when there are that many) and the total.</summary>
internal sealed record Ranked(List<Hit> Best, int Total, bool TotalIsLowerBound)
{
    /// <summary>All the matches were read: rank them and count them exactly.</summary>
    public static Ranked Exactly(List<Hit> all)
    {
        all.Sort(Hit.Compare);
        return new(all, all.Count, false);
    }
}
