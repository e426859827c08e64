using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

/// <summary>What the requester asks for, as the plan form sends it; checked on the server by <see cref="PlanTermsCheck"/>, never trusted.</summary>
/// <param name="DiscountPercent">Off the standard price, percent (12.5 = 12.5 %).</param>
/// <param name="ExpectedMonthlyRevenue">What the customer will pay per month after the discount, yuan.</param>
/// <param name="IsStructuralChange">A new tariff structure (新模式结构): not routed until marked agreed in advance.</param>
public sealed record PlanTerms(
    long CustomerId, long TariffId, decimal DiscountPercent, decimal Subsidy, decimal AgentCommission, string? AgentChannels,
    int ValidityMonths, decimal ExpectedMonthlyRevenue, string Justification, bool IsStructuralChange)
{
    public static PlanTerms Of(PersonalisedPlan plan) => new(
        plan.CustomerId, plan.TariffId, plan.DiscountPercent, plan.Subsidy, plan.AgentCommission, plan.AgentChannels,
        plan.ValidityMonths, plan.ExpectedMonthlyRevenue, plan.Justification, plan.IsStructuralChange);

    /// <summary>Writes the terms on the plan; the customer is set by the caller (a revision keeps its own).</summary>
    public void ApplyTo(PersonalisedPlan plan)
    {
        plan.TariffId = TariffId;
        plan.DiscountPercent = DiscountPercent;
        plan.Subsidy = Subsidy;
        plan.AgentCommission = AgentCommission;
        plan.AgentChannels = string.IsNullOrWhiteSpace(AgentChannels) ? null : AgentChannels.Trim();
        plan.ValidityMonths = ValidityMonths;
        plan.ExpectedMonthlyRevenue = ExpectedMonthlyRevenue;
        plan.Justification = Justification.Trim();
        // An agreement in advance covered the structure as it was; a plan that becomes structural needs one anew.
        plan.IsAgreedInAdvance = plan.IsAgreedInAdvance && plan.IsStructuralChange && IsStructuralChange;
        plan.IsStructuralChange = IsStructuralChange;
    }
}

/// <summary>A field the form must correct: its input id and what is wrong, as text to render.</summary>
public sealed record FieldError(string Field, TextRef Error);
