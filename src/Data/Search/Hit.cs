namespace BotApp.Data.Search;

/// <summary>A matching customer before its summary is loaded; <see cref="Tier"/>: 0 whole name, 1 name start, 2 anywhere.</summary>
internal readonly record struct Hit(long Id, long Key, int Grade, decimal Revenue, int Tier)
{
    /// <summary>Relevance, then grade and revenue (the grade follows from the revenue), then the higher Id, the order of the (Grade, GradeRevenue) index read backwards, so pages are stable.</summary>
    public static int Compare(Hit x, Hit y)
    {
        var order = x.Tier.CompareTo(y.Tier);
        if (order == 0)
            order = y.Grade.CompareTo(x.Grade);
        if (order == 0)
            order = y.Revenue.CompareTo(x.Revenue);
        return order != 0 ? order : y.Id.CompareTo(x.Id);
    }
}
