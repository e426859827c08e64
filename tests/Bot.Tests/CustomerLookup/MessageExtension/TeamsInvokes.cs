using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data.Entities;

namespace BotApp.Bot.Tests.CustomerLookup.MessageExtension;

/// <summary>Message-extension invokes as Teams sends them (respond-to-search.md), and roster pages as it answers them.</summary>
public static class TeamsInvokes
{
    public static Activity Query(Staff from, string? text, int skip = 0, int count = 25, string conversationId = "19:chat@thread.v2")
    {
        var parameter = text is null
            ? new JsonObject { ["name"] = "initialRun", ["value"] = "true" }
            : new JsonObject { ["name"] = "query", ["value"] = text };
        return Invoke(from, "composeExtension/query", conversationId, new JsonObject
        {
            ["commandId"] = "searchCustomers",
            ["parameters"] = new JsonArray(parameter),
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        });
    }

    public static Activity SelectItem(Staff from, string key, string conversationId = "19:chat@thread.v2") =>
        Invoke(from, "composeExtension/selectItem", conversationId, new JsonObject { ["customerKey"] = key });

    public static Activity Invoke(Staff from, string name, string conversationId, JsonNode value) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = name,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = StubChannel.ServiceUrl,
        From = new ChannelAccount { Id = $"29:{from.AadObjectId}", Name = from.Name, AadObjectId = from.AadObjectId },
        Recipient = new ChannelAccount { Id = "28:bot-app-id", Name = "BotApp" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "groupChat", IsGroup = true, TenantId = "tenant-1" },
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        Locale = "zh-CN",
        Value = value,
    };

    /// <summary>A <c>pagedmembers</c> answer: Teams accounts with their Entra ids (null for a member without one).</summary>
    public static Func<HttpResponseMessage> Members(string? continuationToken, params string?[] aadObjectIds) => () =>
    {
        var members = new JsonArray([.. aadObjectIds.Select((id, i) => (JsonNode)new JsonObject { ["id"] = $"29:member-{i}", ["name"] = $"Member {i}", ["aadObjectId"] = id })]);
        var page = new JsonObject { ["members"] = members };
        if (continuationToken is not null)
            page["continuationToken"] = continuationToken;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(page.ToJsonString(), Encoding.UTF8, "application/json") };
    };
}
