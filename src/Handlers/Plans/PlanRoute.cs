using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

/// <summary>One stop of a drawn route and why it is there (ApprovalStep.RouteReason).</summary>
public sealed record RouteStep(ApprovalStepKind Kind, TextRef Reason);

/// <summary>
/// Draws a plan's route from data (ADR-016, seed 003): cooperation management first when agent channels are involved,
/// then the steps of the first tier that admits the plan's discount and total concession value, then implementation.
/// A tier's steps give as their reason either that the plan is within the first tier, or which limit of the tier
/// before it the plan exceeds.
/// </summary>
public static class PlanRoute
{
    public static IReadOnlyList<RouteStep> Draw(decimal discountPercent, decimal concessionValue, string? agentChannels, IReadOnlyList<PlanTier> tiers)
    {
        List<RouteStep> route = [];
        if (!string.IsNullOrWhiteSpace(agentChannels))
            route.Add(new(ApprovalStepKind.CooperationManagement, new TextRef(PlanText.RouteAgentChannels, agentChannels.Trim())));
        var index = IndexOf(tiers, discountPercent, concessionValue);
        var reason = index == 0
            ? new TextRef(PlanText.RouteWithinTier, tiers[0].Name, discountPercent, concessionValue)
            : Exceeded(tiers[index - 1], discountPercent, concessionValue);
        route.AddRange(tiers[index].Steps.Select(kind => new RouteStep(kind, reason)));
        route.Add(new(ApprovalStepKind.Implementation, new TextRef(PlanText.RouteImplementation)));
        return route;
    }

    /// <summary>The first tier that admits the plan; the last one (unlimited, by validation) otherwise.</summary>
    private static int IndexOf(IReadOnlyList<PlanTier> tiers, decimal discountPercent, decimal concessionValue)
    {
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i].Admits(discountPercent, concessionValue))
                return i;
        }
        return tiers.Count - 1;
    }

    /// <summary>The discount is named first when both limits of the tier below are exceeded.</summary>
    private static TextRef Exceeded(PlanTier below, decimal discountPercent, decimal concessionValue) =>
        below.MaxDiscountPercent is { } maxDiscount && discountPercent > maxDiscount
            ? new TextRef(PlanText.RouteAboveTier, PlanText.MeasureDiscount, discountPercent, maxDiscount, below.Name)
            : new TextRef(PlanText.RouteAboveTier, PlanText.MeasureConcession, concessionValue, below.MaxConcessionValue ?? 0m, below.Name);
}
