using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// A plan's route (seed 003): cooperation management first when agent channels are involved, business management,
/// leadership above its authority (discount over 20 % or subsidy over ¥20,000, so business management escalates),
/// then the support center implements. Decisions taken so far match the plan's status, spread between submission
/// and now (or the day it took effect); the step being waited on is due two days after the last decision.
/// </summary>
public static class DemoApprovalRoute
{
    private static readonly string[] Approvals = ["同意。", "同意，请控制补贴发放节奏。", "同意，注意协议期内收入承诺。", "同意，按规定执行。"];
    private static readonly string[] Rejections = ["折扣低于市场参考价过多，不同意。", "收入承诺不足，请补充测算后重新提交。"];

    public static void Add(DemoWorld world, DemoChunk chunk, PersonalisedPlan plan, DemoRandom random)
    {
        if (plan.SubmittedAt is not { } submittedAt)
            return;
        List<ApprovalStepKind> route = [];
        if (plan.InvolvesAgentChannels)
            route.Add(ApprovalStepKind.CooperationManagement);
        route.Add(ApprovalStepKind.BusinessManagement);
        var escalates = plan.DiscountPercent > 20m || plan.Subsidy > 20_000m;
        if (escalates)
            route.Add(ApprovalStepKind.Leadership);
        route.Add(ApprovalStepKind.Implementation);

        var approvals = route.Count - 1;
        var decided = plan.Status switch
        {
            PlanStatus.Approved or PlanStatus.Implemented or PlanStatus.Expired => approvals,
            _ => random.Next(approvals),
        };
        var done = plan.Status is PlanStatus.Implemented or PlanStatus.Expired ? route.Count : decided;
        var rejectedAt = plan.Status == PlanStatus.Rejected ? decided : -1;
        var end = DemoPlanTimeline.DecisionsEnd(world.Calendar, plan);
        var steps = done + (rejectedAt >= 0 ? 1 : 0);
        var last = submittedAt;
        for (var order = 0; order < route.Count; order++)
        {
            var kind = route[order];
            var step = new ApprovalStep { Id = world.NextStepId(), PlanId = plan.Id, Order = order + 1, Kind = kind, AssigneeRole = ApprovalStep.RoleFor(kind) };
            if (order < done || order == rejectedAt)
            {
                last = submittedAt + ((end - submittedAt) * (order + 1) / (steps + 1));
                step.Decision = order == rejectedAt ? StepDecision.Rejected
                    : kind == ApprovalStepKind.Implementation ? StepDecision.Completed
                    : kind == ApprovalStepKind.BusinessManagement && escalates ? StepDecision.Escalated
                    : StepDecision.Approved;
                step.DecidedById = random.Pick(world.Roster.OfRole(step.AssigneeRole));
                step.DecidedAt = last;
                step.Comment = order == rejectedAt ? random.Pick(Rejections) : random.Pick(Approvals);
            }
            else if (order == done && plan.Status is PlanStatus.PendingApproval or PlanStatus.Approved)
            {
                step.DueAt = last + (kind == ApprovalStepKind.Implementation ? TimeSpan.FromDays(1) : TimeSpan.FromDays(2));
            }
            chunk.ApprovalSteps.Add(step);
        }
    }
}
