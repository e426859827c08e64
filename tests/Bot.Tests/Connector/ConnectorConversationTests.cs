using System.Net;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Connector;

public sealed class ConnectorConversationTests : IDisposable
{
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Creates_a_one_to_one_teams_chat_with_the_tenant_in_both_places()
    {
        _harness.Channel.Then(HttpStatusCode.Created, """{"id":"a:1qh-new","activityId":"act-1"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot-app-id" },
            Members = [new ChannelAccount { Id = "29:user-1" }],
            TenantId = "tenant-1",
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };

        var result = await _harness.RunAsync(c => c.CreateConversationAsync(ConnectorHarness.ServiceUrl, parameters, default));

        Assert.True(result.Succeeded);
        Assert.Equal(201, result.StatusCode);
        Assert.Equal("a:1qh-new", result.Value?.Id);
        Assert.Equal("act-1", result.Value?.ActivityId);
        var attempt = Assert.Single(_harness.Channel.Attempts);
        Assert.Equal(HttpMethod.Post, attempt.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations", attempt.Uri.AbsoluteUri);
        var body = JsonNode.Parse(attempt.Body!)!;
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("28:bot-app-id", (string?)body["bot"]!["id"]);
        Assert.Equal("29:user-1", (string?)body["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("tenant-1", (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.Null(body["topicName"]);
    }

    [Fact]
    public async Task Lists_the_members_of_a_conversation()
    {
        _harness.Channel.Then(HttpStatusCode.OK, """[{"id":"29:u1","name":"张三","aadObjectId":"oid-1","email":"z@x.cn"},{"id":"29:u2"}]""");

        var result = await _harness.RunAsync(c => c.GetConversationMembersAsync(ConnectorHarness.ServiceUrl, "19:g@thread.v2", default));

        var attempt = Assert.Single(_harness.Channel.Attempts);
        Assert.Equal(HttpMethod.Get, attempt.Method);
        Assert.EndsWith("v3/conversations/19%3Ag%40thread.v2/members", attempt.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(["29:u1", "29:u2"], result.Value!.Select(m => m.Id));
        Assert.Equal("张三", result.Value![0].Name);
        Assert.True(result.Value![0].Properties!.ContainsKey("email"));
    }

    [Fact]
    public async Task Pages_through_members_with_the_continuation_token_escaped()
    {
        _harness.Channel.Then(HttpStatusCode.OK, """{"continuationToken":"next+1","members":[{"id":"29:u3"}]}""");

        var result = await _harness.RunAsync(c => c.GetConversationPagedMembersAsync(ConnectorHarness.ServiceUrl, "a:1x", 50, "tok/=1", default));

        var attempt = Assert.Single(_harness.Channel.Attempts);
        Assert.Equal(HttpMethod.Get, attempt.Method);
        Assert.EndsWith("v3/conversations/a%3A1x/pagedmembers?pageSize=50&continuationToken=tok%2F%3D1", attempt.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("next+1", result.Value?.ContinuationToken);
        Assert.Equal("29:u3", Assert.Single(result.Value!.Members!).Id);
    }

    [Fact]
    public async Task Asks_for_the_first_page_of_members_without_a_query_when_nothing_is_given()
    {
        await _harness.RunAsync(c => c.GetConversationPagedMembersAsync(ConnectorHarness.ServiceUrl, "c1", null, null, default));

        Assert.EndsWith("v3/conversations/c1/pagedmembers", _harness.Channel.Attempts[0].Uri.AbsoluteUri, StringComparison.Ordinal);
    }
}
