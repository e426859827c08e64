namespace BotApp.Data.Rules;

/// <summary>
/// Star grade from monthly mobile revenue (seed 002, 第八条). Each band includes its lower bound and excludes
/// its upper one, so a boundary amount takes the higher grade: ¥50,000.00 is five-star, ¥2,500.00 two-star,
/// ¥2,499.99 one-star. Which revenue counts is <see cref="GradeRevenue"/>. See docs/decisions/ADR-006.
/// </summary>
public static class CustomerGrade
{
    public const int Lowest = 1;

    /// <summary>The lowest revenue of each grade above one star, highest first. The SQL refresh is built from this too.</summary>
    public static IReadOnlyList<(int Stars, decimal From)> Bands { get; } =
    [
        (5, 50_000m),
        (4, 30_000m),
        (3, 10_000m),
        (2, 2_500m),
    ];

    public static int Of(decimal monthlyRevenue)
    {
        foreach (var (stars, from) in Bands)
        {
            if (monthlyRevenue >= from)
                return stars;
        }
        return Lowest;
    }
}
