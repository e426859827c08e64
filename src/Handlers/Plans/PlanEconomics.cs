namespace BotApp.Handlers.Plans;

/// <summary>
/// The money of a plan, in one place (ADR-016). P standard monthly price per unit, U unit cost, d discount, S subsidy,
/// C agent commission, m validity months, R expected monthly revenue after the discount:
/// units n = R / (P(1−d)); effective unit price E = P(1−d) − (S+C)/(m·n), never below U (成本效益原则);
/// total concession value = R·d/(1−d)·m + S + C, which the authority tiers limit besides d.
/// </summary>
/// <param name="DiscountedUnitPrice">P(1−d), rounded to fen.</param>
/// <param name="Units">n, to two decimals.</param>
/// <param name="ConcessionPerUnit">(S+C)/(m·n) as shown: DiscountedUnitPrice − EffectiveUnitPrice, so the card's sentence adds up.</param>
/// <param name="EffectiveUnitPrice">E rounded down to fen, so a price a fraction of a fen below cost never shows as equal to it.</param>
/// <param name="IsBelowCost">E &lt; U, decided exactly, before any rounding.</param>
public sealed record PlanEconomics(
    decimal DiscountedUnitPrice, decimal Units, decimal ConcessionPerUnit, decimal EffectiveUnitPrice, decimal UnitCost, decimal ConcessionValue, bool IsBelowCost)
{
    /// <summary>Inputs are validated first (P &gt; 0, 0 ≤ d &lt; 100, m ≥ 1, R &gt; 0); degenerate ones give 0 units rather than a division by zero.</summary>
    public static PlanEconomics Of(decimal standardPrice, decimal unitCost, decimal discountPercent, decimal subsidy, decimal commission, int months, decimal monthlyRevenue)
    {
        var keptShare = 100m - discountPercent;
        var discounted = standardPrice * keptShare / 100m;
        var revenueOverValidity = months * monthlyRevenue;
        if (discounted <= 0 || revenueOverValidity <= 0)
            return new(Fen(discounted), 0m, 0m, Floor(discounted), unitCost, Fen(subsidy + commission), discounted < unitCost);

        // E = P(1−d)(mR − S − C)/(mR); compared with U cross-multiplied, so the edge is exact in decimal arithmetic.
        var isBelowCost = standardPrice * keptShare * (revenueOverValidity - subsidy - commission) < 100m * unitCost * revenueOverValidity;
        var effective = Floor(discounted * (revenueOverValidity - subsidy - commission) / revenueOverValidity);
        var concession = monthlyRevenue * discountPercent * months / keptShare + subsidy + commission;
        return new(Fen(discounted), Fen(monthlyRevenue / discounted), Fen(discounted) - effective, effective, unitCost, Fen(concession), isBelowCost);
    }

    private static decimal Fen(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static decimal Floor(decimal amount) => decimal.Round(amount, 2, MidpointRounding.ToNegativeInfinity);
}
