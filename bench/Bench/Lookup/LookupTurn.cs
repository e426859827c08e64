using System.Text.Json.Nodes;
using BotApp.Bot.Features.CustomerLookup;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bench.Lookup;

/// <summary>One turn of the mix: typed text, or a card button as Web Chat sends it (Action.Submit: a message whose value holds the verb and data).</summary>
public sealed record LookupTurn(LookupKind Kind, LookupViewer Viewer, int Conversation, string Locale, string? Text, long? CustomerId = null)
{
    public Activity ToActivity(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "directline",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = Viewer.WebChatId, Name = "Bench" },
        Recipient = new ChannelAccount { Id = "bot", Name = "BotApp" },
        Conversation = new ConversationAccount { Id = Viewer.ConversationId(Conversation) },
        Locale = Locale,
        Text = Text,
        // A fresh object per send: it is serialised on the worker's thread.
        Value = CustomerId is { } id
            ? new JsonObject { ["verb"] = Verb, ["customerId"] = id }
            : null,
    };

    /// <summary>Kind and asker in one number, for <see cref="ClosedLoop.Sample.Kind"/>; <see cref="LookupResults"/> splits it again.</summary>
    public int SampleKind => (int)Kind * LookupResults.Askers + (int)Viewer.Asker;

    private string Verb => Kind == LookupKind.Bills ? CustomerBillsAction.Verb : OpenCustomerAction.Verb;

    public override string ToString() => $"{Kind.Label()} by {Viewer.Label} {Viewer.WebChatId}: {Text ?? $"[{Verb} {CustomerId}]"}";
}
