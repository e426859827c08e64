using System.Globalization;
using BotApp.Bot.Cards;
using BotApp.Bot.Features.CustomerLookup.Cards;
using BotApp.Bot.Features.CustomerLookup.MessageExtension;
using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;
using BotApp.Data.Entities;
using BotApp.Handlers.Customers;
using Mediator;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Features.CustomerLookup;

/// <summary>
/// Customer lookup for the Teams message extension: the same recognizer and search as the chat, and a card that
/// shows what everyone in the receiving chat may see (<see cref="Disclosure"/>).
/// </summary>
public sealed class CustomerCardSource(ISender mediator, ICardRenderer cards, CustomerCardData content, ILocalizer texts) : ICustomerCardSource
{
    public async Task<IReadOnlyList<CustomerPreview>> SearchAsync(ITurnContext turnContext, CustomerSearchRequest request, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        var lookup = request.Text.Length == 0 ? new Lookup() : LookupRecognizer.Recognize(request.Text).Lookup;
        var page = await mediator.Send(new FindCustomers(request.Searcher, lookup, Math.Min(request.Skip, LookupPaging.MaxSkip), request.Count), cancellationToken);
        return [.. page.Items.Select(c => new CustomerPreview(
            c.Id.ToString(CultureInfo.InvariantCulture),
            ResxLocalizer.IsEnglish(locale) && c.NameEn is { Length: > 0 } ? c.NameEn : c.Name,
            $"{c.Code} · {CustomerFlags.Stars(c.Grade)} · {texts.Name<Industry>(c.Industry, locale)}"))];
    }

    public async Task<SharedCustomerCard?> CardAsync(ITurnContext turnContext, SharedCardRequest request, CancellationToken cancellationToken)
    {
        if (!long.TryParse(request.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var customerId))
            return null;
        // The searcher must see the customer (and this is audited); the chat's members decide how much the card shows.
        if (await mediator.Send(new GetCustomerDetail(request.Searcher, customerId), cancellationToken) is not { } detail)
            return null;
        var everyoneSees = request.Audience.IsKnown
            && await mediator.Send(new EveryoneSeesCustomer([.. request.Audience.Staff.Select(s => s.Identity)], customerId), cancellationToken);
        var locale = turnContext.Activity.Locale;
        var data = content.Build(detail, everyoneSees ? Disclosure.Shared : Disclosure.Least, locale, request.Searcher.TimeZone);
        data["footnote"] = texts.Get(TextKeys.CustomerSharedNote, locale);
        var card = cards.Render(CustomerCard.Template, data, turnContext.Activity.ChannelId);
        return new SharedCustomerCard(data["name"]!.GetValue<string>(), $"{detail.Code} · {CustomerFlags.Stars(detail.Grade)}", card);
    }
}
