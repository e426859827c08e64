using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Everything a plan card shows, for one viewer; no text (the chat side renders keys and names). Built only from
/// CustomerVisibility.VisiblePlans.
/// </summary>
/// <param name="Version">The plan's concurrency token: the card sends it back with every action.</param>
/// <param name="CurrentStepId">The step being waited on, if the plan is on its route.</param>
/// <param name="ViewerMayAct">The viewer may act on the current step (approve/reject/send back, or mark implemented).</param>
/// <param name="CurrentActorIds">Staff who may act on the current step (Teams refresh.userIds); empty when none is current.</param>
public sealed record PlanView(
    long Id, int Version, PlanStatus Status, PlanCustomer Customer, PlanTariff Tariff, PlanPerson Requester,
    decimal DiscountPercent, decimal Subsidy, decimal AgentCommission, string? AgentChannels, int ValidityMonths,
    decimal ExpectedMonthlyRevenue, string Justification, bool IsStructuralChange, bool IsAgreedInAdvance, PlanEconomics Economics,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateOnly? EffectiveOn, DateOnly? ExpiresOn,
    IReadOnlyList<PlanStepView> Steps, long? CurrentStepId, bool ViewerMayAct, IReadOnlyList<long> CurrentActorIds)
{
    public PlanStepView? CurrentStep => Steps.FirstOrDefault(s => s.Id == CurrentStepId);

    /// <summary>Who decided what and when, for a refused stale click on <paramref name="stepId"/>: that step if decided, else the latest decision.</summary>
    public PlanStepView? DecisionFor(long stepId) =>
        Steps.FirstOrDefault(s => s.Id == stepId && s.Decision != StepDecision.Pending)
        ?? Steps.Where(s => s.DecidedAt is not null).MaxBy(s => s.DecidedAt);
}

public sealed record PlanCustomer(long Id, string Code, string Name, string? NameEn);

public sealed record PlanTariff(long Id, string Code, string Name, string? NameEn, decimal StandardMonthlyPrice, decimal UnitCost, decimal MarketReferenceValue, bool IsCampaign);

public sealed record PlanPerson(long Id, string Name);

/// <param name="Reason">Why the route has this step (resource key and arguments); null on rows written before reasons were recorded.</param>
/// <param name="CardVersionSeen">The plan version on the card the decider acted on.</param>
public sealed record PlanStepView(
    long Id, int Order, ApprovalStepKind Kind, StaffRole Role, PlanPerson? Assignee, StepDecision Decision, PlanPerson? DecidedBy,
    DateTimeOffset? DecidedAt, string? Comment, TextRef? Reason, DateTimeOffset? DueAt, int? CardVersionSeen);
