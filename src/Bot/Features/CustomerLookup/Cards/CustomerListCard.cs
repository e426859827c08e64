using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Data.Search;
using BotApp.Handlers.Staff;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Features.CustomerLookup.Cards;

/// <summary>
/// One page of results: name, code, stars, monthly revenue and flags per customer, each opening its card; "next page"
/// while there are more, and how many more. A broad search also suggests how to narrow it.
/// </summary>
public sealed class CustomerListCard(ICardRenderer cards, ILocalizer texts, TimeProvider time)
{
    public const string Template = "customer-list";

    public Task SendAsync(ITurnContext turnContext, StaffMember viewer, Lookup lookup, CustomerPage page, int skip, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        var today = viewer.Today(time);
        var (first, last) = (skip + 1, skip + page.Items.Count);
        var rest = page.Total - last;
        var english = ResxLocalizer.IsEnglish(locale);
        var customers = new JsonArray([.. page.Items.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Id,
            ["name"] = english && c.NameEn is { Length: > 0 } ? c.NameEn : c.Name,
            ["details"] = $"{c.Code} · {CustomerFlags.Stars(c.Grade)} · {texts.Get(TextKeys.LookupPerMonth, locale, MoneyText.Format(c.MonthlyRevenue, locale))}",
            ["flags"] = CustomerFlags.Of(c, today, texts, locale),
        })]);
        var data = new JsonObject
        {
            ["title"] = page.TotalIsLowerBound
                ? texts.Get(TextKeys.LookupListTitleAtLeast, locale, page.Total)
                : texts.Get(TextKeys.LookupListTitle, locale, page.Total),
            ["showing"] = page.TotalIsLowerBound
                ? texts.Get(TextKeys.LookupListShowingAtLeast, locale, first, last, page.Total)
                : texts.Get(TextKeys.LookupListShowing, locale, first, last, page.Total),
            ["openLabel"] = texts.Get(TextKeys.LookupActionOpen, locale),
            ["customers"] = customers,
            ["actions"] = rest > 0
                ? new JsonArray(new JsonObject
                {
                    ["title"] = $"{texts.Get(TextKeys.LookupActionMore, locale)} ({(page.TotalIsLowerBound ? texts.Get(TextKeys.LookupListRestAtLeast, locale, rest) : texts.Get(TextKeys.LookupListRest, locale, rest))})",
                    ["verb"] = MoreCustomersAction.Verb,
                    ["data"] = LookupPaging.ToData(lookup, last),
                })
                : new JsonArray(),
        };
        if (page.TotalIsLowerBound && skip == 0)
            data["hint"] = texts.Get(TextKeys.LookupListNarrow, locale);
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [cards.Render(Template, data, turnContext.Activity.ChannelId)] };
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
