using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Customers;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features.CustomerLookup.Cards;

/// <summary>
/// Twelve months of bills, latest first: the total and the two largest product categories as columns, the rest as
/// "other" — a chat card is narrow, and those are what an account manager talks about.
/// </summary>
public sealed class CustomerBillsCard(ISender mediator, ICardRenderer cards, ILocalizer texts)
{
    public const string Template = "customer-bills";
    private const int CategoryColumns = 2;

    public async Task SendAsync(ITurnContext turnContext, StaffMember viewer, long customerId, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        if (await mediator.Send(new GetCustomerBills(viewer, customerId), cancellationToken) is not { } bills)
        {
            await turnContext.SendActivityAsync(texts.Get(TextKeys.CustomerGone, locale), cancellationToken);
            return;
        }
        var shown = bills.Categories.Take(CategoryColumns).ToList();
        var hasOther = bills.Categories.Count > shown.Count;
        var header = new List<string> { texts.Get(TextKeys.CustomerBillsMonth, locale) };
        header.AddRange(shown.Select(c => texts.Name(c, locale)));
        if (hasOther)
            header.Add(texts.Get(TextKeys.CustomerBillsOther, locale));
        header.Add(texts.Get(TextKeys.CustomerBillsTotal, locale));
        var rows = bills.Months.Select(month =>
        {
            var amounts = shown.Select(c => month.ByCategory.FirstOrDefault(x => x.Category == c)?.Revenue ?? 0m).ToList();
            var cells = new List<string> { DisplayFormats.Month(month.Month, locale) };
            cells.AddRange(amounts.Select(a => MoneyText.Format(a, locale)));
            if (hasOther)
                cells.Add(MoneyText.Format(month.Total - amounts.Sum(), locale));
            cells.Add(MoneyText.Format(month.Total, locale));
            return (JsonNode)new JsonObject { ["cells"] = Cells(cells) };
        });
        var name = ResxLocalizer.IsEnglish(locale) && bills.NameEn is { Length: > 0 } ? bills.NameEn : bills.Name;
        var data = new JsonObject
        {
            ["title"] = texts.Get(TextKeys.CustomerBillsTitle, locale, name),
            ["period"] = bills.Months.Count == 0 ? "" : texts.Get(TextKeys.CustomerBillsPeriod, locale,
                DisplayFormats.Month(bills.Months[^1].Month, locale), DisplayFormats.Month(bills.Months[0].Month, locale)),
            ["header"] = Cells(header),
            ["rows"] = new JsonArray([.. rows]),
        };
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [cards.Render(Template, data, turnContext.Activity.ChannelId)] };
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>The month column on the left, amounts right-aligned.</summary>
    private static JsonArray Cells(IEnumerable<string> texts) =>
        new([.. texts.Select((text, i) => (JsonNode)new JsonObject { ["text"] = text, ["width"] = "stretch", ["align"] = i == 0 ? "Left" : "Right" })]);
}
