using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Staff;

namespace BotApp.Bot.Features.CustomerLookup.MessageExtension;

/// <summary>
/// What the message extension needs from customer lookup: the same search as in the chat, as short previews, and
/// the card to insert once one is picked. Implemented where the lookup handlers and card templates live.
/// </summary>
public interface ICustomerCardSource
{
    /// <summary>Customers the searcher may see, best first, for the list Teams shows while they type.</summary>
    Task<IReadOnlyList<CustomerPreview>> SearchAsync(ITurnContext turnContext, CustomerSearchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The card to insert into the chat, showing only what every member of <see cref="SharedCardRequest.Audience"/>
    /// may see (the least when the audience is not known); null when the searcher may not see that customer or it
    /// does not exist — the two must be indistinguishable.
    /// </summary>
    Task<SharedCustomerCard?> CardAsync(ITurnContext turnContext, SharedCardRequest request, CancellationToken cancellationToken);
}

/// <param name="Text">What was typed, trimmed; empty when the command just opened (list without a filter).</param>
public sealed record CustomerSearchRequest(StaffMember Searcher, string Text, int Skip, int Count);

/// <param name="Key">Opaque to the extension; comes back in <see cref="SharedCardRequest.Key"/> (e.g. the customer code).</param>
public sealed record CustomerPreview(string Key, string Title, string? Subtitle);

public sealed record SharedCardRequest(StaffMember Searcher, string Key, Audience Audience);

/// <param name="Card">An Adaptive Card attachment; <paramref name="Title"/> and <paramref name="Subtitle"/> make its preview.</param>
public sealed record SharedCustomerCard(string Title, string? Subtitle, Attachment Card);
