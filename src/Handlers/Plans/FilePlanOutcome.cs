namespace BotApp.Handlers.Plans;

/// <summary>How filing (or revising, or marking agreed) a plan ended. Expected outcomes are values; none of them throws.</summary>
public abstract record FilePlanOutcome
{
    private FilePlanOutcome()
    {
    }

    /// <summary>Saved and on its route; the first step's approvers were told.</summary>
    public sealed record Filed(PlanView Plan) : FilePlanOutcome;

    /// <summary>A structural change saved as a draft: not routed until the requester marks it agreed in advance.</summary>
    public sealed record AwaitingAgreement(PlanView Plan) : FilePlanOutcome;

    /// <summary>Fields to correct; nothing saved.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : FilePlanOutcome;

    /// <summary>Refused by the cost floor (成本效益原则), with the numbers; nothing saved.</summary>
    public sealed record BelowCost(PlanEconomics Economics) : FilePlanOutcome;

    /// <summary>The viewer may not file plans, or the plan is not theirs to revise (or does not exist).</summary>
    public sealed record NotAllowed : FilePlanOutcome;

    /// <summary>The plan changed since the form was drawn (decided, revised, or no longer waiting for changes); <paramref name="Decision"/> is the latest decision.</summary>
    public sealed record Stale(PlanView Plan, PlanStepView? Decision) : FilePlanOutcome;
}
