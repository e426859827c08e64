namespace BotApp.Data.Entities;

/// <summary>One stop on a plan's route and, once taken, its decision: who, when, what, why (the audit trail of seed 003).</summary>
public sealed class ApprovalStep
{
    public long Id { get; set; }
    public long PlanId { get; set; }
    public PersonalisedPlan Plan { get; set; } = null!;
    public int Order { get; set; }
    public ApprovalStepKind Kind { get; set; }

    /// <summary>Anyone with this role may act on the step (and read the plan), unless <see cref="AssigneeId"/> names one person.</summary>
    public StaffRole AssigneeRole { get; set; }
    public long? AssigneeId { get; set; }
    public Staff? Assignee { get; set; }

    public StepDecision Decision { get; set; } = StepDecision.Pending;
    public long? DecidedById { get; set; }
    public Staff? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? Comment { get; set; }

    /// <summary>The plan version on the card the decider acted on; a stale card is refused.</summary>
    public int? CardVersionSeen { get; set; }
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>
    /// Why the route includes this step, as the approver's card explains it ("discount 32 % is above the 25 % limit of
    /// tier 2"): JSON { "key": resource key, "args": [...] }, written when the route is drawn so a later change of the
    /// tiers does not rewrite history.
    /// </summary>
    public string? RouteReason { get; set; }

    /// <summary>When the last reminder about this step being overdue went out; null if none.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public static StaffRole RoleFor(ApprovalStepKind kind) => kind switch
    {
        ApprovalStepKind.CooperationManagement => StaffRole.CooperationApprover,
        ApprovalStepKind.BusinessManagement => StaffRole.BusinessApprover,
        ApprovalStepKind.Leadership => StaffRole.Leadership,
        ApprovalStepKind.Implementation => StaffRole.SupportCenter,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
