using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features.CustomerLookup;

/// <summary>"Next page" on a result list: the same lookup further on, for whoever taps it, within what they may see.</summary>
public sealed class MoreCustomersAction(CurrentStaff staff, CustomerFinder finder, ILocalizer texts) : ICardActionHandler
{
    public const string Verb = "customers.more";

    string ICardActionHandler.Verb => Verb;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        if (LookupPaging.FromData(data) is not { } page)
            await turnContext.SendActivityAsync(texts.Get(TextKeys.UnknownAction, locale), cancellationToken);
        else
            await finder.ShowPageAsync(turnContext, viewer, page.Lookup, page.Skip, cancellationToken);
    }
}
