using BotApp.Data;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Approve, reject or send back the step a card showed, at the plan version it showed. Exactly one decision per step:
/// a double tap, a retry or a second approver at the same moment is answered Stale with who decided first.
/// </summary>
public sealed record DecidePlanStep(StaffMember Viewer, long PlanId, long StepId, int VersionSeen, PlanDecision Decision, string? Comment = null) : ICommand<PlanStepOutcome>;

public sealed class DecidePlanStepHandler(BotDbContext db, TimeProvider time, PlanCalendar calendar) : ICommandHandler<DecidePlanStep, PlanStepOutcome>
{
    public async ValueTask<PlanStepOutcome> Handle(DecidePlanStep command, CancellationToken cancellationToken)
    {
        var (open, refusal) = await PlanStepGate.OpenAsync(db, command.Viewer, command.PlanId, command.StepId, command.VersionSeen, implementation: false, cancellationToken);
        if (open is null)
            return refusal!;
        if (PlanDecisions.CommentProblem(command.Decision, command.Comment) is { } problem)
            return new PlanStepOutcome.Invalid(problem);

        var (plan, step) = (open.Plan, open.Step);
        var now = time.GetUtcNow();
        var next = PlanDecisions.Apply(db, plan, step, command, now, calendar);
        PlanSave.Guard(db, plan, command.VersionSeen);
        var saved = await PlanSave.TryCommitAsync(db, plan.Id, command.VersionSeen, async ct =>
        {
            await PlanNotices.ToRequesterAsync(db, plan, step, time, ct);
            if (next is not null)
                await PlanNotices.ToActOnAsync(db, plan, next, time, ct);
            PlanAudit.Add(db, command.Viewer.Id, PlanAudit.Decide, plan,
                new { StepId = step.Id, step.Kind, step.Decision, step.Comment, command.VersionSeen, plan.Status }, now);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return saved
            ? await PlanLoad.DecidedAsync(db, command.Viewer, plan.Id, cancellationToken)
            : await PlanLoad.StaleStepAsync(db, command.Viewer, plan.Id, step.Id, cancellationToken);
    }
}
