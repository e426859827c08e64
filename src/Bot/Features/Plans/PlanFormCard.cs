using System.Globalization;
using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Handlers.Plans;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// The application form (cards/plan-form.json): the requester's customers, the published tariffs with their standard
/// price, and — for a revision or a form sent back with errors — the values as they were, so nothing is typed twice.
/// </summary>
public sealed class PlanFormCard(ICardRenderer cards, ILocalizer texts, PlanTexts planTexts)
{
    public const string Template = "plan-form";

    public Attachment Render(PlanForm form, string? locale, string? channelId, JsonObject? values = null, IReadOnlyList<FieldError>? errors = null)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        var english = ResxLocalizer.IsEnglish(locale);
        var revision = form.Revision;
        var data = new JsonObject
        {
            ["title"] = revision is null ? T(TextKeys.PlanFormTitle) : T(TextKeys.PlanFormReviseTitle, revision.PlanId),
            ["intro"] = revision?.SentBack is { DecidedBy: { } by } sentBack
                ? T(TextKeys.PlanFormSentBack, by.Name, sentBack.Comment ?? "")
                : T(TextKeys.PlanFormIntro),
            ["labels"] = Labels(locale, revision is not null),
            ["values"] = values ?? Values(form),
            ["customers"] = new JsonArray([.. form.Customers.Select(c => (JsonNode)Choice(
                $"{(english && c.NameEn is { Length: > 0 } en ? en : c.Name)} · {c.Code}", c.Id))]),
            ["tariffs"] = new JsonArray([.. form.Tariffs.Select(t => (JsonNode)Choice(
                T(TextKeys.PlanFormTariffChoice, english && t.NameEn is { Length: > 0 } en ? en : t.Name, MoneyText.Format(t.StandardMonthlyPrice, locale)), t.Id))]),
            ["submitData"] = new JsonObject { ["planId"] = revision?.PlanId, ["version"] = revision?.Version },
        };
        if (errors is { Count: > 0 })
            data["errors"] = T(TextKeys.PlanFormErrors) + "\n" + string.Join("\n", errors.Select(e => "• " + planTexts.Render(e.Error, locale)));
        return cards.Render(Template, data, channelId);
    }

    private JsonObject Labels(string? locale, bool revising)
    {
        string T(string key) => texts.Get(key, locale);
        return new JsonObject
        {
            ["customer"] = T(TextKeys.PlanFormCustomer),
            ["tariff"] = T(TextKeys.PlanFormTariff),
            ["discount"] = T(TextKeys.PlanFormDiscount),
            ["validity"] = T(TextKeys.PlanFormValidity),
            ["subsidy"] = T(TextKeys.PlanFormSubsidy),
            ["commission"] = T(TextKeys.PlanFormCommission),
            ["revenue"] = T(TextKeys.PlanFormRevenue),
            ["agents"] = T(TextKeys.PlanFormAgents),
            ["agentsHint"] = T(TextKeys.PlanFormAgentsHint),
            ["justification"] = T(TextKeys.PlanFormJustification),
            ["justificationHint"] = T(TextKeys.PlanFormJustificationHint),
            ["structural"] = T(TextKeys.PlanFormStructural),
            ["agreed"] = T(TextKeys.PlanFormAgreed),
            ["required"] = T(TextKeys.PlanFormRequired),
            ["number"] = T(TextKeys.PlanFormNumber),
            ["submit"] = T(revising ? TextKeys.PlanFormResubmit : TextKeys.PlanFormSubmit),
        };
    }

    /// <summary>A new form: the only customer preselected, twelve months; a revision: its terms.</summary>
    private static JsonObject Values(PlanForm form)
    {
        if (form.Revision?.Terms is not { } terms)
        {
            return PlanInputs.Values(
                customerId: form.Customers.Count == 1 ? form.Customers[0].Id.ToString(CultureInfo.InvariantCulture) : "",
                tariffId: "", discount: "", validity: "12", subsidy: "", commission: "", revenue: "", agents: "", justification: "", structural: false);
        }
        return PlanInputs.Values(
            Id(terms.CustomerId), Id(terms.TariffId), PlanTexts.Number(terms.DiscountPercent), Id(terms.ValidityMonths), PlanTexts.Number(terms.Subsidy),
            PlanTexts.Number(terms.AgentCommission), PlanTexts.Number(terms.ExpectedMonthlyRevenue), terms.AgentChannels ?? "", terms.Justification, terms.IsStructuralChange);

        static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject Choice(string title, long value) => new() { ["title"] = title, ["value"] = value.ToString(CultureInfo.InvariantCulture) };
}
