using BotApp.Bot.Features.CustomerLookup.Cards;
using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Customers;
using BotApp.Handlers.Staff;
using Mediator;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Features.CustomerLookup;

/// <summary>
/// Customer lookup in the chat (issue 4): what was typed → the customers the person may see → a list card, or the
/// customer's card when exactly one matches, or what was tried and how to ask instead.
/// </summary>
public sealed class CustomerFinder(ISender mediator, CurrentStaff staff, CustomerListCard list, CustomerCard card, ILocalizer texts)
{
    public const int PageSize = 10;

    /// <summary>Answers typed text (mentions already stripped).</summary>
    public async Task AnswerAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var recognition = LookupRecognizer.Recognize(text);
        if (recognition.IsEmptyQuery)
        {
            await turnContext.SendActivityAsync(texts.Get(TextKeys.LookupAskWhat, locale), cancellationToken);
            return;
        }
        var page = await mediator.Send(new FindCustomers(viewer, recognition.Lookup, 0, PageSize), cancellationToken);
        if (page.Items.Count == 0)
        {
            var tried = texts.Get(TextKeys.LookupNothingFound, locale, CriteriaText.Of(recognition, texts, locale));
            await turnContext.SendActivityAsync($"{tried}\n\n{texts.Get(TextKeys.LookupNothingFoundHint, locale)}", cancellationToken);
            return;
        }
        if (page is { Total: 1, TotalIsLowerBound: false })
            await card.SendAsync(turnContext, viewer, page.Items[0].Id, cancellationToken);
        else
            await list.SendAsync(turnContext, viewer, recognition.Lookup, page, 0, cancellationToken);
    }

    /// <summary>A "next page" button: the same lookup from <paramref name="skip"/>.</summary>
    public async Task ShowPageAsync(ITurnContext turnContext, StaffMember viewer, Lookup lookup, int skip, CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new FindCustomers(viewer, lookup, skip, PageSize), cancellationToken);
        if (page.Items.Count == 0)
            await turnContext.SendActivityAsync(texts.Get(TextKeys.LookupNothingFound, turnContext.Activity.Locale, CriteriaText.Of(new LookupRecognition(lookup), texts, turnContext.Activity.Locale)), cancellationToken);
        else
            await list.SendAsync(turnContext, viewer, lookup, page, skip, cancellationToken);
    }
}
