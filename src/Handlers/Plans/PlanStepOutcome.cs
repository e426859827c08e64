namespace BotApp.Handlers.Plans;

/// <summary>How acting on a step (decide, mark implemented) ended. Expected outcomes are values; none of them throws.</summary>
public abstract record PlanStepOutcome
{
    private PlanStepOutcome()
    {
    }

    /// <summary>The decision is saved; the plan as it is now.</summary>
    public sealed record Decided(PlanView Plan) : PlanStepOutcome;

    /// <summary>
    /// The card was out of date: the step is no longer the one waited on, or the plan changed since the card's version
    /// (someone decided first, a double tap, a revision). <paramref name="Decision"/> says who decided what and when.
    /// </summary>
    public sealed record Stale(PlanView Plan, PlanStepView? Decision) : PlanStepOutcome;

    /// <summary>The viewer may not act on this step (not theirs, their own plan, or a plan they cannot see).</summary>
    public sealed record NotAllowed : PlanStepOutcome;

    /// <summary>The request itself is wrong (a missing or too long comment); nothing saved.</summary>
    public sealed record Invalid(TextRef Error) : PlanStepOutcome;
}
