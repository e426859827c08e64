namespace BotApp.Data.Entities;

/// <summary>
/// 集团业务个性化方案 (seed 003): a request to go beyond standing authority on a published tariff or campaign for
/// one customer. Confidential (一事一议): read it only through Visibility/CustomerVisibility.VisiblePlans. Not
/// <see cref="ICustomerOwned"/> on purpose: seeing the customer must not be enough to read its plans.
/// </summary>
public sealed class PersonalisedPlan : IVersioned
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public GroupCustomer Customer { get; set; } = null!;
    public long TariffId { get; set; }
    public Tariff Tariff { get; set; } = null!;
    public long RequesterId { get; set; }
    public Staff Requester { get; set; } = null!;

    /// <summary>Discount off the standard price, percent (12.5 = 12.5 %).</summary>
    public decimal DiscountPercent { get; set; }
    public decimal Subsidy { get; set; }
    public decimal AgentCommission { get; set; }

    /// <summary>The agent channels (代理渠道) involved, if any; any routes the plan through cooperation management first.</summary>
    public string? AgentChannels { get; set; }
    public int ValidityMonths { get; set; }
    public decimal ExpectedMonthlyRevenue { get; set; }
    public string Justification { get; set; } = "";
    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    /// <summary>New tariff or campaign structure: needs prior agreement (<see cref="IsAgreedInAdvance"/>) before it may be routed.</summary>
    public bool IsStructuralChange { get; set; }
    public bool IsAgreedInAdvance { get; set; }

    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The concession runs from EffectiveOn to ExpiresOn (inclusive), set at implementation.</summary>
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>When the account manager was reminded that the concession ends soon; null until then.</summary>
    public DateTimeOffset? ExpiryRemindedAt { get; set; }

    public List<ApprovalStep> Steps { get; } = [];

    public bool InvolvesAgentChannels => !string.IsNullOrWhiteSpace(AgentChannels);
    public bool MayBeRouted => !IsStructuralChange || IsAgreedInAdvance;
}
