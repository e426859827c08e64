using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

/// <summary>A page of plans in brief (ListMyApprovals, ListMyPlans) and how many there are in all.</summary>
public sealed record PlanPage(IReadOnlyList<PlanListItem> Items, int Total);

/// <summary>A plan in a list: enough to pick it; GetPlan gives the card.</summary>
/// <param name="CurrentStepKind">The step being waited on, if the plan is on its route.</param>
public sealed record PlanListItem(
    long Id, int Version, PlanStatus Status, string CustomerCode, string CustomerName, string? CustomerNameEn, string TariffName, string? TariffNameEn,
    decimal DiscountPercent, decimal ConcessionValue, string RequesterName, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt,
    long? CurrentStepId, ApprovalStepKind? CurrentStepKind, DateTimeOffset? CurrentStepDueAt, DateOnly? ExpiresOn);
