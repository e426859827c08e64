using BotApp.Data;
using BotApp.Data.Entities;

namespace BotApp.Handlers.Plans;

public enum PlanDecision
{
    Approve,
    Reject,
    SendBack,
}

/// <summary>
/// What a decision does to the plan (ADR-016). Approve opens the next step: a business-management approval with
/// leadership after it is recorded as Escalated; the last approval makes the plan Approved and the implementation
/// step due in working days. Reject and send back end the route: its untaken steps are removed (a resubmission draws a
/// new one), decided steps stay as history.
/// </summary>
public static class PlanDecisions
{
    public const int MaxComment = 500;

    public static TextRef? CommentProblem(PlanDecision decision, string? comment) => comment?.Trim().Length switch
    {
        > MaxComment => new TextRef(PlanText.CommentTooLong, MaxComment),
        null or 0 when decision != PlanDecision.Approve => new TextRef(PlanText.CommentRequired),
        _ => null,
    };

    /// <summary>Records the decision on the step and the plan; returns the step that becomes current, whose people are to be told.</summary>
    public static ApprovalStep? Apply(BotDbContext db, PersonalisedPlan plan, ApprovalStep step, DecidePlanStep command, DateTimeOffset now, PlanCalendar calendar)
    {
        Record(step, command.Viewer.Id, command.Comment, command.VersionSeen, now);
        var next = plan.Steps.Where(s => s.Decision == StepDecision.Pending && s.Order > step.Order).MinBy(s => s.Order);
        if (command.Decision == PlanDecision.Approve)
        {
            step.Decision = step.Kind == ApprovalStepKind.BusinessManagement && next?.Kind == ApprovalStepKind.Leadership ? StepDecision.Escalated : StepDecision.Approved;
            if (next is null or { Kind: ApprovalStepKind.Implementation })
                plan.Status = PlanStatus.Approved;
            if (next is { Kind: ApprovalStepKind.Implementation })
                next.DueAt = calendar.ImplementationDueAt(now);
            return next;
        }
        (step.Decision, plan.Status) = command.Decision == PlanDecision.Reject
            ? (StepDecision.Rejected, PlanStatus.Rejected)
            : (StepDecision.SentBack, PlanStatus.ReturnedForChanges);
        foreach (var untaken in plan.Steps.Where(s => s.Decision == StepDecision.Pending).ToList())
        {
            plan.Steps.Remove(untaken);
            db.ApprovalSteps.Remove(untaken);
        }
        return null;
    }

    public static void Record(ApprovalStep step, long deciderId, string? comment, int versionSeen, DateTimeOffset now)
    {
        step.DecidedById = deciderId;
        step.DecidedAt = now;
        step.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        step.CardVersionSeen = versionSeen;
    }
}
