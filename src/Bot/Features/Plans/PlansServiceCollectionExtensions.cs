using BotApp.Bot.Notices;
using BotApp.Handlers.Plans;

namespace BotApp.Bot.Features.Plans;

public static class PlansServiceCollectionExtensions
{
    /// <summary>
    /// Personalised plans in the chat (ADR-016): the form, the plan cards with their buttons, the lists, the notices the
    /// outbox sends and the reminder timer. Needs AddPlanApprovals (the rules) and AddNotices (the outbox).
    /// </summary>
    public static IServiceCollection AddPlanFeature(this IServiceCollection services)
    {
        services.AddSingleton<PlanTexts>();
        services.AddSingleton<PlanCardData>();
        services.AddScoped<PlanCard>();
        services.AddScoped<PlanFormCard>();
        services.AddScoped<PlanListCard>();
        services.AddScoped<PlanReplies>();
        services.AddScoped<PlanStepReplies>();
        services.AddScoped<PlanFilingReplies>();
        services.AddScoped<NewPlanAction>();

        services.AddScoped<ICardActionHandler>(sp => sp.GetRequiredService<NewPlanAction>());
        services.AddScoped<ICardActionHandler, SubmitPlanAction>();
        services.AddScoped<ICardActionHandler, AgreePlanAction>();
        services.AddScoped<ICardActionHandler, RevisePlanAction>();
        services.AddScoped<ICardActionHandler, CompletePlanAction>();
        services.AddScoped<ICardActionHandler, MorePlansAction>();
        AddDecision(services, PlanVerbs.Approve, PlanDecision.Approve);
        AddDecision(services, PlanVerbs.Reject, PlanDecision.Reject);
        AddDecision(services, PlanVerbs.SendBack, PlanDecision.SendBack);
        foreach (var verb in new[] { PlanVerbs.Open, PlanVerbs.Refresh })
            services.AddScoped<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<OpenPlanAction>(sp, verb));
        // The customer card shows "申请方案" once this verb is registered.
        services.AddSingleton(new FeatureVerb(PlanVerbs.New));

        services.AddScoped<ITypedCommand, NewPlanCommand>();
        services.AddScoped<ITypedCommand>(sp => ActivatorUtilities.CreateInstance<PlanListCommand>(sp, PlanListCard.Approvals, PlanCommands.MyApprovals));
        services.AddScoped<ITypedCommand>(sp => ActivatorUtilities.CreateInstance<PlanListCommand>(sp, PlanListCard.Mine, PlanCommands.MyPlans));

        foreach (var kind in new[] { PlanNotices.ToApprove, PlanNotices.Decided, PlanNotices.Task, PlanNotices.Implemented, PlanNotices.TaskOverdue, PlanNotices.Expiring })
            services.AddScoped<INoticeRenderer>(sp => ActivatorUtilities.CreateInstance<PlanNoticeRenderer>(sp, kind));
        services.AddPeriodicJob<PlanReminderJob>();
        return services;
    }

    private static void AddDecision(IServiceCollection services, string verb, PlanDecision decision) =>
        services.AddScoped<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<DecidePlanAction>(sp, verb, decision));
}
