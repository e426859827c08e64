using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;

namespace BotApp.Bot.Features.Plans;

/// <summary>The answer to acting on a step: the plan as it is now with what happened on it, who decided first, or why not.</summary>
public sealed class PlanStepReplies(PlanReplies replies, PlanTexts planTexts, ILocalizer texts)
{
    /// <param name="decision">What was asked; null for marking implemented.</param>
    public Task SendAsync(ITurnContext turnContext, StaffMember viewer, PlanStepOutcome outcome, PlanDecision? decision, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        return outcome switch
        {
            PlanStepOutcome.Decided { Plan: var plan } => replies.SendCardAsync(turnContext, viewer, plan,
                PlanCardData.Notice(texts.Get(DoneKey(decision), locale, plan.Id), decision == PlanDecision.Approve || decision is null ? "Good" : "Attention"),
                cancellationToken),
            PlanStepOutcome.Stale { Plan: var plan, Decision: var first } => replies.SendStaleAsync(turnContext, viewer, plan, first, cancellationToken),
            PlanStepOutcome.Invalid { Error: var error } => replies.SendPlainAsync(turnContext, planTexts.Render(error, locale), cancellationToken),
            _ => replies.SendTextAsync(turnContext, TextKeys.PlanNotAllowed, cancellationToken),
        };
    }

    private static string DoneKey(PlanDecision? decision) => decision switch
    {
        PlanDecision.Approve => TextKeys.PlanDoneApprove,
        PlanDecision.Reject => TextKeys.PlanDoneReject,
        PlanDecision.SendBack => TextKeys.PlanDoneSendBack,
        _ => TextKeys.PlanDoneComplete,
    };
}
