using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Handlers.Plans;

/// <summary>
/// The business support center marks an approved plan implemented in billing/CRM: the concession runs from today
/// (the configured zone) to the day before the same date ValidityMonths later, and the requester is told.
/// </summary>
public sealed record CompletePlanTask(StaffMember Viewer, long PlanId, long StepId, int VersionSeen, string? Comment = null) : ICommand<PlanStepOutcome>;

public sealed class CompletePlanTaskHandler(BotDbContext db, TimeProvider time, PlanCalendar calendar) : ICommandHandler<CompletePlanTask, PlanStepOutcome>
{
    public async ValueTask<PlanStepOutcome> Handle(CompletePlanTask command, CancellationToken cancellationToken)
    {
        var (open, refusal) = await PlanStepGate.OpenAsync(db, command.Viewer, command.PlanId, command.StepId, command.VersionSeen, implementation: true, cancellationToken);
        if (open is null)
            return refusal!;
        if (PlanDecisions.CommentProblem(PlanDecision.Approve, command.Comment) is { } problem)
            return new PlanStepOutcome.Invalid(problem);

        var (plan, step) = (open.Plan, open.Step);
        var now = time.GetUtcNow();
        PlanDecisions.Record(step, command.Viewer.Id, command.Comment, command.VersionSeen, now);
        step.Decision = StepDecision.Completed;
        plan.Status = PlanStatus.Implemented;
        plan.EffectiveOn = calendar.Today(time);
        plan.ExpiresOn = plan.EffectiveOn.Value.AddMonths(plan.ValidityMonths).AddDays(-1);
        PlanSave.Guard(db, plan, command.VersionSeen);
        var saved = await PlanSave.TryCommitAsync(db, plan.Id, command.VersionSeen, async ct =>
        {
            await PlanNotices.ToRequesterAsync(db, plan, step, time, ct);
            PlanAudit.Add(db, command.Viewer.Id, PlanAudit.Complete, plan,
                new { StepId = step.Id, step.Comment, command.VersionSeen, plan.EffectiveOn, plan.ExpiresOn }, now);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return saved
            ? await PlanLoad.DecidedAsync(db, command.Viewer, plan.Id, cancellationToken)
            : await PlanLoad.StaleStepAsync(db, command.Viewer, plan.Id, step.Id, cancellationToken);
    }
}
