using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Data.Entities;
using BotApp.Handlers.Plans;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// The data of cards/plan.json for one reader: the terms, the money the route was drawn on, the route with who decided
/// what and why each step is there, and the buttons this reader may use now — nothing more: the server checks again.
/// </summary>
public sealed class PlanCardData(ILocalizer texts, PlanTexts planTexts)
{
    public JsonObject Build(PlanView plan, string? locale, string timeZone, JsonObject? notice = null)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        var english = ResxLocalizer.IsEnglish(locale);
        var customer = english && plan.Customer.NameEn is { Length: > 0 } en ? en : plan.Customer.Name;
        var tariff = english && plan.Tariff.NameEn is { Length: > 0 } tariffEn ? tariffEn : plan.Tariff.Name;
        var data = new JsonObject
        {
            ["title"] = T(TextKeys.PlanCardTitle, plan.Id, customer),
            ["subtitle"] = plan.SubmittedAt is { } submitted
                ? T(TextKeys.PlanCardFiled, plan.Requester.Name, DisplayFormats.LocalTime(submitted, timeZone))
                : T(TextKeys.PlanCardDrafted, plan.Requester.Name, DisplayFormats.LocalTime(plan.CreatedAt, timeZone)),
            ["status"] = new JsonObject { ["text"] = texts.Name(plan.Status, locale), ["color"] = StatusColor(plan.Status) },
            ["facts"] = Facts(plan, tariff, locale),
            ["justification"] = T(TextKeys.PlanCardJustification, plan.Justification),
            ["routeTitle"] = T(TextKeys.PlanCardRoute),
            ["steps"] = new JsonArray([.. plan.Steps.OrderBy(s => s.Order).Select(s => (JsonNode)Step(plan, s, locale, timeZone))]),
            ["actions"] = Actions(plan, locale),
        };
        if (notice is not null)
            data["notice"] = notice;
        if (plan.ViewerMayAct)
        {
            var task = plan.CurrentStep?.Kind == ApprovalStepKind.Implementation;
            data["comment"] = new JsonObject
            {
                ["label"] = T(task ? TextKeys.PlanCardTaskComment : TextKeys.PlanCardComment),
                ["placeholder"] = T(TextKeys.PlanCardCommentHint),
            };
        }
        return data;
    }

    public static JsonObject Notice(string text, string color = "Accent") => new() { ["text"] = text, ["color"] = color };

    private JsonArray Facts(PlanView plan, string tariff, string? locale)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        string Money(decimal yuan) => MoneyText.Format(yuan, locale);
        JsonNode Fact(string title, string value) => new JsonObject { ["title"] = T(title), ["value"] = value };
        var facts = new JsonArray
        {
            Fact(TextKeys.PlanCardTariff, T(TextKeys.PlanCardTariffValue, tariff, Money(plan.Tariff.StandardMonthlyPrice))),
            Fact(TextKeys.PlanCardDiscount, PlanTexts.Number(plan.DiscountPercent) + "%"),
        };
        if (plan.Subsidy > 0)
            facts.Add(Fact(TextKeys.PlanCardSubsidy, Money(plan.Subsidy)));
        if (plan.AgentCommission > 0)
            facts.Add(Fact(TextKeys.PlanCardCommission, Money(plan.AgentCommission)));
        if (plan.AgentChannels is { Length: > 0 } agents)
            facts.Add(Fact(TextKeys.PlanCardAgents, agents));
        facts.Add(Fact(TextKeys.PlanCardValidity, T(TextKeys.PlanCardValidityValue, plan.ValidityMonths)));
        facts.Add(Fact(TextKeys.PlanCardRevenue, Money(plan.ExpectedMonthlyRevenue)));
        facts.Add(Fact(TextKeys.PlanCardConcession, Money(plan.Economics.ConcessionValue)));
        facts.Add(Fact(TextKeys.PlanCardEffectivePrice, T(TextKeys.PlanCardEffectivePriceValue, Money(plan.Economics.EffectiveUnitPrice), Money(plan.Economics.UnitCost))));
        if (plan.IsStructuralChange)
            facts.Add(Fact(TextKeys.PlanCardStructural, T(plan.IsAgreedInAdvance ? TextKeys.PlanCardStructuralAgreed : TextKeys.PlanCardStructuralPending)));
        if (plan is { EffectiveOn: { } from, ExpiresOn: { } to })
            facts.Add(Fact(TextKeys.PlanCardPeriod, T(TextKeys.PlanCardPeriodValue, DisplayFormats.Date(from), DisplayFormats.Date(to))));
        return facts;
    }

    private JsonObject Step(PlanView plan, PlanStepView step, string? locale, string timeZone)
    {
        var kind = texts.Name(step.Kind, locale);
        var current = step.Id == plan.CurrentStepId;
        var (text, color) = step.Decision switch
        {
            StepDecision.Pending when current && step.DueAt is { } due =>
                (texts.Get(TextKeys.PlanStepCurrentDue, locale, kind, DisplayFormats.LocalTime(due, timeZone)), "Warning"),
            StepDecision.Pending when current => (texts.Get(TextKeys.PlanStepCurrent, locale, kind), "Warning"),
            StepDecision.Pending => (texts.Get(TextKeys.PlanStepFuture, locale, kind), "Default"),
            StepDecision.Rejected or StepDecision.SentBack => (Decided(TextKeys.PlanStepRefused), "Attention"),
            _ => (Decided(TextKeys.PlanStepDecided), "Good"),
        };
        var notes = new JsonArray();
        if (step.Reason is { } reason && step.Decision == StepDecision.Pending)
            notes.Add(new JsonObject { ["text"] = planTexts.Render(reason, locale) });
        if (step.Comment is { Length: > 0 } comment)
            notes.Add(new JsonObject { ["text"] = texts.Get(TextKeys.PlanStepComment, locale, comment) });
        return new JsonObject { ["text"] = text, ["color"] = color, ["current"] = current, ["notes"] = notes };

        string Decided(string key) => texts.Get(key, locale, kind, texts.Name(step.Decision, locale), step.DecidedBy?.Name ?? "",
            step.DecidedAt is { } at ? DisplayFormats.LocalTime(at, timeZone) : "");
    }

    private JsonArray Actions(PlanView plan, string? locale)
    {
        JsonNode Action(string verb, string title, string style) => new JsonObject
        {
            ["verb"] = verb,
            ["title"] = texts.Get(title, locale),
            ["style"] = style,
            ["data"] = new JsonObject { ["planId"] = plan.Id, ["stepId"] = plan.CurrentStepId, ["version"] = plan.Version },
        };
        if (plan.ViewerMayAct && plan.CurrentStep?.Kind == ApprovalStepKind.Implementation)
            return [Action(PlanVerbs.Complete, TextKeys.PlanActionComplete, "positive")];
        if (plan.ViewerMayAct)
        {
            return
            [
                Action(PlanVerbs.Approve, TextKeys.PlanActionApprove, "positive"),
                Action(PlanVerbs.SendBack, TextKeys.PlanActionSendBack, "default"),
                Action(PlanVerbs.Reject, TextKeys.PlanActionReject, "destructive"),
            ];
        }
        return plan.Status switch
        {
            PlanStatus.ReturnedForChanges => [Action(PlanVerbs.Revise, TextKeys.PlanActionRevise, "positive")],
            PlanStatus.Draft when plan.IsStructuralChange && !plan.IsAgreedInAdvance => [Action(PlanVerbs.Agree, TextKeys.PlanActionAgree, "positive")],
            _ => [],
        };
    }

    private static string StatusColor(PlanStatus status) => status switch
    {
        PlanStatus.PendingApproval => "Accent",
        PlanStatus.Approved or PlanStatus.Implemented => "Good",
        PlanStatus.Rejected => "Attention",
        PlanStatus.Draft or PlanStatus.ReturnedForChanges => "Warning",
        _ => "Default",
    };
}
