using BotApp.Data.Entities;

namespace BotApp.Data.Search;

/// <summary>
/// The SQL shapes of a search, composed on the viewer's customers so visibility applies to every one. The exact test
/// (instr on SearchText) decides; index keys only say where to look.
/// </summary>
internal static class HitQueries
{
    /// <summary>Every match with its tier, by reading the customers themselves (a small set).</summary>
    public static IQueryable<Hit> Matching(IQueryable<GroupCustomer> customers, Relevance relevance)
    {
        var (exact, prefix, contains) = relevance;
        return customers
            .Where(c => c.SearchText.Contains(contains))
            .Select(c => new Hit(c.Id, 0, c.Grade, c.GradeRevenue, c.SearchText.Contains(exact) ? 0 : c.SearchText.Contains(prefix) ? 1 : 2));
    }

    /// <summary>Every match among the customers the index keys point at, with its tier.</summary>
    public static IQueryable<Hit> Matching(IQueryable<GroupCustomer> customers, IQueryable<long> keys, Relevance relevance)
    {
        var (exact, prefix, contains) = relevance;
        return from key in keys
               join c in customers on key & SearchKey.IdMask equals c.Id
               where c.SearchText.Contains(contains)
               select new Hit(c.Id, key, c.Grade, c.GradeRevenue, c.SearchText.Contains(exact) ? 0 : c.SearchText.Contains(prefix) ? 1 : 2);
    }

    /// <summary>One tier's matches in index key order, which is band order: the caller stops after the bands it needs.</summary>
    public static IQueryable<Hit> InKeyOrder(IQueryable<GroupCustomer> customers, IQueryable<long> keys, string pattern, string? excluded, int tier)
    {
        var matches = from key in keys
                      join c in customers on key & SearchKey.IdMask equals c.Id
                      where c.SearchText.Contains(pattern)
                      select new { Key = key, Customer = c };
        if (excluded is not null)
            matches = matches.Where(m => !m.Customer.SearchText.Contains(excluded));
        return matches
            .OrderBy(m => m.Key)
            .Select(m => new Hit(m.Customer.Id, m.Key, m.Customer.Grade, m.Customer.GradeRevenue, tier));
    }

    /// <summary>One tier's best matches by walking the customers in grade and revenue order; for patterns the index cannot look up.</summary>
    public static IQueryable<Hit> BestByScan(IQueryable<GroupCustomer> customers, string pattern, string? excluded, int tier, int count)
    {
        var matches = customers.Where(c => c.SearchText.Contains(pattern));
        if (excluded is not null)
            matches = matches.Where(c => !c.SearchText.Contains(excluded));
        return Ranked(matches).Take(count).Select(c => new Hit(c.Id, 0, c.Grade, c.GradeRevenue, tier));
    }

    /// <summary>Grade and revenue order with the Id as tie-break, the order of the (Grade, GradeRevenue) index read backwards.</summary>
    public static IQueryable<GroupCustomer> Ranked(IQueryable<GroupCustomer> customers) =>
        customers.OrderByDescending(c => c.Grade).ThenByDescending(c => c.GradeRevenue).ThenByDescending(c => c.Id);
}
