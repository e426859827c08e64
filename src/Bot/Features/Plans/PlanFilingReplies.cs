using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;

namespace BotApp.Bot.Features.Plans;

/// <summary>The answer to filing, resubmitting or agreeing a plan: its card with where it waits, or why it was not filed.</summary>
public sealed class PlanFilingReplies(PlanReplies replies, ILocalizer texts)
{
    /// <summary>Answers every outcome but <see cref="FilePlanOutcome.Invalid"/>, which only the form can show: false then.</summary>
    public async Task<bool> TrySendAsync(ITurnContext turnContext, StaffMember viewer, FilePlanOutcome outcome, bool revising, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        string Money(decimal yuan) => MoneyText.Format(yuan, locale);
        switch (outcome)
        {
            case FilePlanOutcome.Invalid:
                return false;
            case FilePlanOutcome.Filed { Plan: var plan }:
                var waitsFor = plan.CurrentStep is { } step ? texts.Name(step.Kind, locale) : "";
                await replies.SendCardAsync(turnContext, viewer, plan, PlanCardData.Notice(texts.Get(TextKeys.PlanFiled, locale, plan.Id, waitsFor), "Good"), cancellationToken);
                break;
            case FilePlanOutcome.AwaitingAgreement { Plan: var plan }:
                await replies.SendCardAsync(turnContext, viewer, plan, PlanCardData.Notice(texts.Get(TextKeys.PlanAwaitingAgreement, locale, plan.Id), "Warning"), cancellationToken);
                break;
            case FilePlanOutcome.BelowCost { Economics: var e }:
                await replies.SendTextAsync(turnContext, TextKeys.PlanBelowCost, cancellationToken,
                    Money(e.DiscountedUnitPrice), Money(e.ConcessionPerUnit), Money(e.EffectiveUnitPrice), Money(e.UnitCost));
                break;
            case FilePlanOutcome.Stale { Plan: var plan, Decision: var decision }:
                await replies.SendStaleAsync(turnContext, viewer, plan, decision, cancellationToken);
                break;
            default:
                await replies.SendTextAsync(turnContext, revising ? TextKeys.PlanNotFound : TextKeys.PlanNotRequester, cancellationToken);
                break;
        }
        return true;
    }
}
