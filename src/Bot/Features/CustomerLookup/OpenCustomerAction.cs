using System.Text.Json.Nodes;
using BotApp.Bot.Features.CustomerLookup.Cards;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features.CustomerLookup;

/// <summary>A customer in a result list was tapped: their card, if the person may see them — checked again here.</summary>
public sealed class OpenCustomerAction(CurrentStaff staff, CustomerCard card, ILocalizer texts) : ICardActionHandler
{
    public const string Verb = "customer.open";

    string ICardActionHandler.Verb => Verb;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        if (CardData.CustomerId(data) is not { } customerId)
            await turnContext.SendActivityAsync(texts.Get(TextKeys.CustomerGone, locale), cancellationToken);
        else
            await card.SendAsync(turnContext, viewer, customerId, cancellationToken);
    }
}
