using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// What people type to work with plans, compared without spaces after NFKC and lower-casing (TypedCommands):
/// `申请方案` / `new plan`, `待我审批` / `my approvals`, `我的方案` / `我的申请` / `my plans`.
/// </summary>
public static class PlanCommands
{
    public static readonly HashSet<string> NewPlan = ["申请方案", "新方案", "申请个性化方案", "个性化方案申请", "newplan", "fileaplan", "applyforaplan"];
    public static readonly HashSet<string> MyApprovals = ["待我审批", "我的审批", "待审批", "待办", "myapprovals", "approvals", "pendingapprovals", "mytasks"];
    public static readonly HashSet<string> MyPlans = ["我的方案", "我的申请", "我的个性化方案", "myplans", "myapplications"];
}

/// <summary>`申请方案`: the application form for one of the requester's customers.</summary>
public sealed class NewPlanCommand(NewPlanAction form) : ITypedCommand
{
    public bool Matches(string text) => PlanCommands.NewPlan.Contains(text);

    public Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        form.SendFormAsync(turnContext, customerId: null, planId: null, cancellationToken);
}

/// <summary>`待我审批` (or `我的方案`): the list, from its first page.</summary>
public sealed class PlanListCommand(string list, HashSet<string> words, CurrentStaff staff, PlanListCard card) : ITypedCommand
{
    public bool Matches(string text) => words.Contains(text);

    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is { } viewer)
            await card.SendAsync(turnContext, viewer, list, skip: 0, cancellationToken);
    }
}
