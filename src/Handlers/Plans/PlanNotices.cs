using System.Globalization;
using System.Text.Json.Nodes;
using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Handlers.Notices;

namespace BotApp.Handlers.Plans;

/// <summary>
/// The notices of plan events (ADR-016), queued into the caller's context so they commit with the event. Data holds
/// ids only; source keys name the event, so the same event is queued once per conversation however often it is retried.
/// </summary>
public static class PlanNotices
{
    public const string ToApprove = "plan.toApprove";
    public const string Decided = "plan.decided";
    public const string Task = "plan.task";
    public const string Implemented = "plan.implemented";
    public const string TaskOverdue = "plan.taskOverdue";
    public const string Expiring = "plan.expiring";

    /// <summary>To each person who may act on the plan's new current step: "plan.toApprove", or "plan.task" for implementation.</summary>
    public static async Task<int> ToActOnAsync(BotDbContext db, PersonalisedPlan plan, ApprovalStep step, TimeProvider time, CancellationToken cancellationToken)
    {
        var (kind, suffix) = step.Kind == ApprovalStepKind.Implementation ? (Task, "task") : (ToApprove, "toApprove");
        var queued = 0;
        foreach (var staffId in await PlanRoles.ActorIdsAsync(db, step, plan.RequesterId, cancellationToken))
            queued += await QueueAsync(db, new Notice(kind, staffId, StepKey(plan, step, suffix), Data(plan, step)), time, cancellationToken);
        return queued;
    }

    /// <summary>To the requester, about a decision on a step ("plan.decided", or "plan.implemented" when the support center is done).</summary>
    public static Task<int> ToRequesterAsync(BotDbContext db, PersonalisedPlan plan, ApprovalStep step, TimeProvider time, CancellationToken cancellationToken)
    {
        var kind = step.Decision == StepDecision.Completed ? Implemented : Decided;
        return QueueAsync(db, new Notice(kind, plan.RequesterId, StepKey(plan, step, step.Decision.ToString()), Data(plan, step), CardKey(plan)), time, cancellationToken);
    }

    /// <summary>Overdue implementation: once per local day (the day is in the key), to the given staff.</summary>
    public static async Task<int> OverdueAsync(BotDbContext db, PersonalisedPlan plan, ApprovalStep step, DateOnly today, IEnumerable<long> recipients, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = StepKey(plan, step, "overdue:" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var queued = 0;
        foreach (var staffId in recipients)
            queued += await QueueAsync(db, new Notice(TaskOverdue, staffId, key, Data(plan, step)), time, cancellationToken);
        return queued;
    }

    public static Task<int> ExpiringAsync(BotDbContext db, PersonalisedPlan plan, TimeProvider time, CancellationToken cancellationToken) =>
        QueueAsync(db, new Notice(Expiring, plan.RequesterId, string.Create(CultureInfo.InvariantCulture, $"plan:{plan.Id}:expiring:{plan.ExpiresOn:yyyy-MM-dd}"),
            new JsonObject { ["planId"] = plan.Id }), time, cancellationToken);

    public static string CardKey(PersonalisedPlan plan) => $"plan:{plan.Id}";

    private static string StepKey(PersonalisedPlan plan, ApprovalStep step, string what) => $"plan:{plan.Id}:step:{step.Id}:{what}";

    private static JsonObject Data(PersonalisedPlan plan, ApprovalStep step) => new() { ["planId"] = plan.Id, ["stepId"] = step.Id };

    private static Task<int> QueueAsync(BotDbContext db, Notice notice, TimeProvider time, CancellationToken cancellationToken) =>
        NoticeQueue.QueueAsync(db, notice, time, cancellationToken);
}
