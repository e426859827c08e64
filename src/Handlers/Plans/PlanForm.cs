namespace BotApp.Handlers.Plans;

/// <summary>What the plan form offers: the customers the requester may pick, the published tariffs, and a revision's current values.</summary>
public sealed record PlanForm(IReadOnlyList<PlanFormCustomer> Customers, IReadOnlyList<PlanFormTariff> Tariffs, PlanRevision? Revision);

public sealed record PlanFormCustomer(long Id, string Code, string Name, string? NameEn);

public sealed record PlanFormTariff(
    long Id, string Code, string Name, string? NameEn, string Product, string? ProductEn, bool IsCampaign,
    decimal StandardMonthlyPrice, decimal UnitCost, decimal MarketReferenceValue);

/// <summary>A plan sent back for changes: its terms to prefill, the version to send back, and the step that sent it back (who, why).</summary>
public sealed record PlanRevision(long PlanId, int Version, PlanTerms Terms, PlanStepView? SentBack);
