using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Search;

/// <summary>
/// Bands split the customers by (grade, revenue) at the rebuild; the band is the high part of a customer's index key
/// (ADR-011). They are quantiles, finest at the top (the best 0.01 %, 0.02 %, 0.05 %, … of customers), so a broad
/// search reads only a few more matches than it shows, whatever the revenue distribution.
/// </summary>
internal static class SearchBands
{
    private static readonly double[] Quantiles = [0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75];

    /// <summary>Replaces the boundaries; only the rebuild may call it, because every key depends on them.</summary>
    public static async Task ComputeAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var customers = await db.GroupCustomers.LongCountAsync(cancellationToken);
        var boundaries = new List<(int Grade, long Revenue)>();
        foreach (var offset in Quantiles.Select(q => (int)(q * customers)).Where(offset => offset > 0).Distinct())
        {
            var boundary = await db.Database.SqlQuery<Boundary>($"""
                SELECT "Grade", "GradeRevenue" AS "Revenue" FROM "GroupCustomers"
                ORDER BY "Grade" DESC, "GradeRevenue" DESC LIMIT 1 OFFSET {offset}
                """).SingleAsync(cancellationToken);
            // Boundaries must strictly descend; many customers share a revenue (zero, most often).
            if (boundaries.Count == 0 || (boundary.Grade, boundary.Revenue).CompareTo(boundaries[^1]) < 0)
                boundaries.Add((boundary.Grade, boundary.Revenue));
        }
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "CustomerSearchBands" """, cancellationToken);
        for (var band = 0; band < boundaries.Count; band++)
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "CustomerSearchBands" ("Band", "Grade", "Revenue") VALUES ({band}, {boundaries[band].Grade}, {boundaries[band].Revenue})""",
                cancellationToken);
    }

    /// <summary>The keys a customer of <paramref name="grade"/> can have: after every band above the grade, up to the end of its last band.</summary>
    public static async Task<KeyRange> RangeAsync(BotDbContext db, int? grade, CancellationToken cancellationToken)
    {
        if (grade is not { } stars)
            return KeyRange.All;
        var grades = await db.Database.SqlQuery<int>($"""SELECT "Grade" AS "Value" FROM "CustomerSearchBands" """).ToListAsync(cancellationToken);
        return new(SearchKey.FirstOf(grades.Count(g => g > stars)), SearchKey.FirstOf(grades.Count(g => g >= stars) + 1));
    }

    /// <summary>GradeRevenue in fen, as stored (ADR-007).</summary>
    private sealed record Boundary(int Grade, long Revenue);
}
