using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>`待我审批` and `我的方案`: one page of plans, each opening its card, and "more" while there are more.</summary>
public sealed class PlanListCard(ISender mediator, ICardRenderer cards, ILocalizer texts, TimeProvider time)
{
    public const string Template = "plan-list";
    public const string Approvals = "approvals";
    public const string Mine = "mine";
    public const int PageSize = 10;

    public async Task SendAsync(ITurnContext turnContext, StaffMember viewer, string list, int skip, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        var approvals = list == Approvals;
        var page = approvals
            ? await mediator.Send(new ListMyApprovals(viewer, skip, PageSize), cancellationToken)
            : await mediator.Send(new ListMyPlans(viewer, skip, PageSize), cancellationToken);
        if (page.Total == 0)
        {
            await turnContext.SendActivityAsync(texts.Get(approvals ? TextKeys.PlanListNoApprovals : TextKeys.PlanListNoPlans, locale), cancellationToken);
            return;
        }
        var rest = page.Total - skip - page.Items.Count;
        var data = new JsonObject
        {
            ["title"] = texts.Get(approvals ? TextKeys.PlanListApprovals : TextKeys.PlanListMine, locale, page.Total),
            ["openLabel"] = texts.Get(TextKeys.PlanActionOpen, locale),
            ["plans"] = new JsonArray([.. page.Items.Select(item => (JsonNode)Item(item, viewer, locale))]),
            ["more"] = rest > 0
                ? new JsonArray(new JsonObject
                {
                    ["title"] = $"{texts.Get(TextKeys.PlanActionMore, locale)} ({texts.Get(TextKeys.PlanListRest, locale, rest)})",
                    ["data"] = new JsonObject { ["list"] = list, ["skip"] = skip + page.Items.Count },
                })
                : new JsonArray(),
        };
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [cards.Render(Template, data, turnContext.Activity.ChannelId)] };
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private JsonObject Item(PlanListItem item, StaffMember viewer, string? locale)
    {
        var english = ResxLocalizer.IsEnglish(locale);
        var customer = english && item.CustomerNameEn is { Length: > 0 } en ? en : item.CustomerName;
        var tariff = english && item.TariffNameEn is { Length: > 0 } tariffEn ? tariffEn : item.TariffName;
        var result = new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = texts.Get(TextKeys.PlanListItem, locale, item.Id, customer),
            ["details"] = texts.Get(TextKeys.PlanListDetails, locale, tariff, PlanTexts.Number(item.DiscountPercent),
                MoneyText.Format(item.ConcessionValue, locale), texts.Name(item.Status, locale)),
        };
        if (item.CurrentStepKind is { } kind)
        {
            var overdue = item.CurrentStepDueAt is { } due && due < time.GetUtcNow();
            result["waiting"] = item.CurrentStepDueAt is { } dueAt
                ? texts.Get(TextKeys.PlanListWaitingDue, locale, texts.Name(kind, locale), DisplayFormats.LocalTime(dueAt, viewer.TimeZone))
                : texts.Get(TextKeys.PlanListWaiting, locale, texts.Name(kind, locale));
            result["waitingColor"] = overdue ? "Attention" : "Default";
        }
        return result;
    }
}
