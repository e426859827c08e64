using BotApp.Data;
using BotApp.Data.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BotApp.Handlers.Plans;

/// <summary>
/// Run every few minutes by a timer. On a working day, an overdue implementation task reminds the business support
/// center and its unit lead, at most once that day (ApprovalStep.RemindedAt). A plan in force whose concession ends
/// within PlanApproval:ExpiryReminderDays reminds its requester once (ExpiryRemindedAt), so the customer can be guided
/// back to the standard tariff in time. Notices commit with the marks that stop them repeating.
/// </summary>
public sealed record SendPlanReminders : ICommand<PlanReminders>;

/// <param name="OverdueTasks">Implementation steps reminded about this run.</param>
/// <param name="ExpiringPlans">Plans whose requester was reminded this run.</param>
/// <param name="NoticesQueued">Outbox rows written (none for people who never chatted with the bot).</param>
public sealed record PlanReminders(int OverdueTasks, int ExpiringPlans, int NoticesQueued);

public sealed class SendPlanRemindersHandler(BotDbContext db, TimeProvider time, PlanCalendar calendar, IOptions<PlanApprovalOptions> options)
    : ICommandHandler<SendPlanReminders, PlanReminders>
{
    /// <summary>Per run: a backlog is worked off over the next runs instead of in one long write.</summary>
    public const int Batch = 200;

    public async ValueTask<PlanReminders> Handle(SendPlanReminders command, CancellationToken cancellationToken)
    {
        // Compared in SQL as stored (DateTimeOffset as binary, ADR-007): only UTC instants order correctly against each other.
        var (now, today) = (time.GetUtcNow().ToUniversalTime(), calendar.Today(time));
        var queued = 0;
        var overdue = calendar.WorkingDays.IsWorkingDay(today) ? await OverdueAsync(now, calendar.StartOf(today), cancellationToken) : [];
        foreach (var step in overdue)
        {
            queued += await PlanNotices.OverdueAsync(db, step.Plan, step, today, await RecipientsAsync(step, cancellationToken), time, cancellationToken);
            step.RemindedAt = now;
        }
        var lastDay = today.AddDays(options.Value.ExpiryReminderDays);
        var expiring = await db.Plans
            .Where(p => p.Status == PlanStatus.Implemented && p.ExpiryRemindedAt == null && p.ExpiresOn >= today && p.ExpiresOn <= lastDay)
            .OrderBy(p => p.ExpiresOn).Take(Batch).ToListAsync(cancellationToken);
        foreach (var plan in expiring)
        {
            queued += await PlanNotices.ExpiringAsync(db, plan, time, cancellationToken);
            plan.ExpiryRemindedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(overdue.Count, expiring.Count, queued);
    }

    private Task<List<ApprovalStep>> OverdueAsync(DateTimeOffset now, DateTimeOffset startOfToday, CancellationToken cancellationToken) =>
        db.ApprovalSteps.Include(s => s.Plan)
            .Where(s => s.Kind == ApprovalStepKind.Implementation && s.Decision == StepDecision.Pending && s.Plan.Status == PlanStatus.Approved
                && s.DueAt < now && (s.RemindedAt == null || s.RemindedAt < startOfToday))
            .OrderBy(s => s.DueAt).Take(Batch).ToListAsync(cancellationToken);

    /// <summary>Whoever may act on the task, and the unit leads of their units.</summary>
    private async Task<List<long>> RecipientsAsync(ApprovalStep step, CancellationToken cancellationToken)
    {
        var actors = await PlanRoles.ActorIdsAsync(db, step, step.Plan.RequesterId, cancellationToken);
        var leads = await db.Staff.AsNoTracking()
            .Where(lead => lead.Role == StaffRole.UnitLead && db.Staff.Any(a => actors.Contains(a.Id) && a.OrgUnitId != null && a.OrgUnitId == lead.OrgUnitId))
            .Select(lead => lead.Id).ToListAsync(cancellationToken);
        return actors.Concat(leads).Distinct().ToList();
    }
}
