using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BotApp.Bot.Features.CustomerLookup.MessageExtension;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Tests.CustomerLookup.MessageExtension;

/// <summary>What the card source answers and what it was asked, shared by the tests and the scoped source.</summary>
public sealed class CardScript
{
    public List<CustomerPreview> Previews { get; } = [];

    /// <summary>Keys <see cref="ScriptedCardSource.CardAsync"/> makes a card for; any other key is "no such customer".</summary>
    public HashSet<string> Known { get; } = [];

    public ConcurrentQueue<CustomerSearchRequest> Searches { get; } = new();

    public ConcurrentQueue<SharedCardRequest> Shares { get; } = new();

    public static JsonObject CardFor(string key) => new() { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = key }) };
}

public sealed class ScriptedCardSource(CardScript script) : ICustomerCardSource
{
    public Task<IReadOnlyList<CustomerPreview>> SearchAsync(ITurnContext turnContext, CustomerSearchRequest request, CancellationToken cancellationToken)
    {
        script.Searches.Enqueue(request);
        return Task.FromResult<IReadOnlyList<CustomerPreview>>([.. script.Previews.Skip(request.Skip).Take(request.Count)]);
    }

    public Task<SharedCustomerCard?> CardAsync(ITurnContext turnContext, SharedCardRequest request, CancellationToken cancellationToken)
    {
        script.Shares.Enqueue(request);
        return Task.FromResult(script.Known.Contains(request.Key)
            ? new SharedCustomerCard($"Title {request.Key}", "Subtitle", Attachment.AdaptiveCard(CardScript.CardFor(request.Key)))
            : null);
    }
}
