using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// The searches that read the customers themselves (small sets, and fragments the index cannot look up), composed on
/// the viewer's customers so visibility applies to every row.
/// </summary>
internal static class HitQueries
{
    /// <summary>All matches ranked and counted in SQL; only the hits the page needs are read.</summary>
    public static async Task<Ranked> RankAsync(IQueryable<GroupCustomer> matches, Relevance relevance, int count, CancellationToken cancellationToken)
    {
        var (exact, prefix, _) = relevance;
        var best = await matches
            .Select(c => new { Customer = c, Tier = c.SearchText.Contains(exact) ? 0 : c.SearchText.Contains(prefix) ? 1 : 2 })
            .OrderBy(m => m.Tier).ThenByDescending(m => m.Customer.Grade).ThenByDescending(m => m.Customer.GradeRevenue).ThenByDescending(m => m.Customer.Id)
            .Take(count)
            .Select(m => new Hit(m.Customer.Id, 0, m.Customer.Grade, m.Customer.GradeRevenue, m.Tier))
            .ToListAsync(cancellationToken);
        return new(best, await matches.CountAsync(cancellationToken), false);
    }

    /// <summary>One tier's best matches by walking the customers in grade and revenue order; for patterns the index cannot look up.</summary>
    public static IQueryable<Hit> BestByScan(IQueryable<GroupCustomer> customers, string pattern, string? excluded, int tier, int count)
    {
        var matches = customers.Where(c => c.SearchText.Contains(pattern));
        if (excluded is not null)
            matches = matches.Where(c => !c.SearchText.Contains(excluded));
        return Ranked(matches).Take(count).Select(c => new Hit(c.Id, 0, c.Grade, c.GradeRevenue, tier));
    }

    /// <summary>Grade and revenue order with the higher Id first on ties: the (Grade, GradeRevenue) index read backwards.</summary>
    public static IQueryable<GroupCustomer> Ranked(IQueryable<GroupCustomer> customers) =>
        customers.OrderByDescending(c => c.Grade).ThenByDescending(c => c.GradeRevenue).ThenByDescending(c => c.Id);
}
