using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

/// <summary>
/// One authority tier (PlanApproval:Tiers, ADR-016): a plan within both limits takes this tier's steps. A limit left
/// out is unlimited. Tiers are read in order and the first that admits the plan wins.
/// </summary>
public sealed class PlanTier
{
    public string Name { get; set; } = "";

    /// <summary>The deepest discount, percent, this tier may approve; null = no limit.</summary>
    public decimal? MaxDiscountPercent { get; set; }

    /// <summary>The largest total concession value over the validity, yuan (PlanEconomics.ConcessionValue); null = no limit.</summary>
    public decimal? MaxConcessionValue { get; set; }

    /// <summary>The approval steps, in order. Cooperation management (agent channels) and implementation are added around them.</summary>
    public List<ApprovalStepKind> Steps { get; set; } = [];

    public bool IsUnlimited => MaxDiscountPercent is null && MaxConcessionValue is null;

    /// <summary>Exactly at a limit is within it.</summary>
    public bool Admits(decimal discountPercent, decimal concessionValue) =>
        (MaxDiscountPercent is not { } discount || discountPercent <= discount)
        && (MaxConcessionValue is not { } concession || concessionValue <= concession);
}
