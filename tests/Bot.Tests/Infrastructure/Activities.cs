using System.Net.Http.Json;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Infrastructure;

/// <summary>Small factories for inbound activities, as a channel would send them.</summary>
public static class Activities
{
    public static Activity Message(string text, string userId = "user-1", string conversationId = "conv-1", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = StubChannel.ServiceUrl,
        From = new ChannelAccount { Id = userId, Name = "Test User" },
        Recipient = new ChannelAccount { Id = "bot", Name = "BotApp" },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = "zh-CN",
        Text = text,
    };

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, Activity activity) =>
        client.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);
}
