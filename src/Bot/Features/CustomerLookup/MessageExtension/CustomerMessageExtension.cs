using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Schema.Teams;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Staff;

namespace BotApp.Bot.Features.CustomerLookup.MessageExtension;

/// <summary>
/// The customer search as a Teams message extension (issue 4, item 6). Typing lists previews of the customers the
/// searcher may see (<c>composeExtension/query</c>); tapping one (<c>composeExtension/selectItem</c>) makes the card
/// for the chat it goes into, for the people in it. The card is made only then: one roster listing per insert, not
/// per keystroke, and a list of previews stays far under the 28 KB result limit that 25 cards with charts would break.
/// </summary>
public sealed class CustomerMessageExtension(ICustomerCardSource cards, ChatAudience audience, CurrentStaff staff, ILocalizer texts)
{
    /// <summary>The command and its search box as teams/manifest.json declares them.</summary>
    public const string CommandId = "searchCustomers";
    public const string QueryParameter = "query";
    public const string SelectItemInvoke = "composeExtension/selectItem";
    public const int MaxResults = 25;

    private const string KeyProperty = "customerKey";

    /// <summary>Answers the invoke when it is one of ours; false leaves it to the rest of the bot.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Invoke) || activity.Name is not (MessagingExtensionQuery.InvokeName or SelectItemInvoke))
            return false;
        turnContext.InvokeResponse = activity.Name == SelectItemInvoke
            ? await SelectAsync(turnContext, cancellationToken)
            : await QueryAsync(turnContext, cancellationToken);
        return true;
    }

    private async Task<InvokeResponse> QueryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (MessagingExtensionQuery.From(turnContext.Activity) is not { CommandId: CommandId } query)
            return InvokeResponse.Error(400, "BadRequest", $"Expected the {CommandId} command.");
        if (await SearcherAsync(turnContext, cancellationToken) is not { } searcher)
            return Message(turnContext, TextKeys.MessageExtensionNotStaff);
        var text = query.IsInitialRun ? "" : (query.Text(QueryParameter) ?? "").Trim();
        var skip = Math.Max(query.QueryOptions?.Skip ?? 0, 0);
        var count = Math.Clamp(query.QueryOptions?.Count ?? MaxResults, 1, MaxResults);
        var previews = await cards.SearchAsync(turnContext, new CustomerSearchRequest(searcher, text, skip, count), cancellationToken);
        if (previews.Count == 0 && skip == 0 && text.Length > 0)
            return Message(turnContext, TextKeys.MessageExtensionNothingFound, text);
        return new MessagingExtensionResponse(MessagingExtensionResult.List([.. previews.Take(count).Select(Pickable)])).ToInvokeResponse();
    }

    private async Task<InvokeResponse> SelectAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Value is not JsonObject value || value[KeyProperty] is not JsonValue keyValue
            || !keyValue.TryGetValue<string>(out var key) || key.Length == 0)
            return InvokeResponse.Error(400, "BadRequest", "The selected item carries no customer key.");
        if (await SearcherAsync(turnContext, cancellationToken) is not { } searcher)
            return Message(turnContext, TextKeys.MessageExtensionNotStaff);
        var readers = await audience.ResolveAsync(turnContext, cancellationToken);
        if (await cards.CardAsync(turnContext, new SharedCardRequest(searcher, key, readers), cancellationToken) is not { } shared)
            return Message(turnContext, TextKeys.MessageExtensionCustomerGone);
        var preview = new ThumbnailCard(shared.Title, shared.Subtitle).ToAttachment();
        var inserted = new MessagingExtensionAttachment(shared.Card.ContentType ?? Attachment.AdaptiveCardContentType, shared.Card.Content, preview);
        return new MessagingExtensionResponse(MessagingExtensionResult.List([inserted])).ToInvokeResponse();
    }

    /// <summary>
    /// A result whose preview's tap asks for the real card (selectItem). The content Teams would insert without that
    /// call carries the title alone: nothing there has been checked against the chat's members.
    /// </summary>
    private static MessagingExtensionAttachment Pickable(CustomerPreview item)
    {
        var tap = new CardAction { Type = "invoke", Value = new JsonObject { [KeyProperty] = item.Key } };
        var preview = new ThumbnailCard(item.Title, item.Subtitle, Tap: tap).ToAttachment();
        return new MessagingExtensionAttachment(ThumbnailCard.ContentType, new ThumbnailCard(item.Title).ToAttachment().Content, preview);
    }

    // Message extensions exist only in Teams, where the sender is known by Entra object id.
    private Task<StaffMember?> SearcherAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(turnContext.Activity.From?.AadObjectId) ? Task.FromResult<StaffMember?>(null) : staff.GetAsync(turnContext, cancellationToken);

    private InvokeResponse Message(ITurnContext turnContext, string key, params object[] args) =>
        new MessagingExtensionResponse(MessagingExtensionResult.Message(texts.Get(key, turnContext.Activity.Locale, args))).ToInvokeResponse();
}
