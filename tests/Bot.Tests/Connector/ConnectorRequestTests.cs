using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Connector;

public sealed class ConnectorRequestTests : IDisposable
{
    // A Teams channel-thread id: ':', '@', ';' and a ';messageid=' suffix must all be escaped.
    private const string ThreadId = "19:abc@thread.tacv2;messageid=1700000000000";
    private const string EscapedThreadId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000";

    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Sends_to_a_conversation_with_a_post_of_the_activity_and_no_id()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Id = "inbound-1", Text = "你好" };

        var result = await _harness.RunAsync(c => c.SendToConversationAsync(ConnectorHarness.ServiceUrl, ThreadId, activity, default));

        Assert.True(result.Succeeded);
        Assert.Equal("sent-1", result.Value?.Id);
        var attempt = Assert.Single(_harness.Channel.Attempts);
        Assert.Equal(HttpMethod.Post, attempt.Method);
        Assert.Equal($"https://smba.trafficmanager.net/amer/v3/conversations/{EscapedThreadId}/activities", attempt.Uri.AbsoluteUri);
        Assert.Equal("application/json", attempt.ContentType);
        var body = JsonNode.Parse(attempt.Body!)!.AsObject();
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("你好", (string?)body["text"]);
        Assert.False(body.ContainsKey("id"));
    }

    [Fact]
    public async Task Replies_to_an_activity_with_a_post_to_its_escaped_id()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Id = "x", ReplyToId = "1700000000000", Text = "ok" };

        await _harness.RunAsync(c => c.ReplyToActivityAsync(ConnectorHarness.ServiceUrl, ThreadId, "f:123;x=1", activity, default));

        var attempt = Assert.Single(_harness.Channel.Attempts);
        Assert.Equal(HttpMethod.Post, attempt.Method);
        Assert.EndsWith($"v3/conversations/{EscapedThreadId}/activities/f%3A123%3Bx%3D1", attempt.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("1700000000000", (string?)JsonNode.Parse(attempt.Body!)!["replyToId"]);
        Assert.Null(JsonNode.Parse(attempt.Body!)!["id"]);
    }

    [Fact]
    public async Task Updates_an_activity_with_a_put_of_the_full_activity()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Id = "a-1", Text = "已批准" };

        var result = await _harness.RunAsync(c => c.UpdateActivityAsync(ConnectorHarness.ServiceUrl, "a:1x", "a-1", activity, default));

        Assert.True(result.Succeeded);
        var attempt = Assert.Single(_harness.Channel.Attempts);
        Assert.Equal(HttpMethod.Put, attempt.Method);
        Assert.EndsWith("v3/conversations/a%3A1x/activities/a-1", attempt.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("已批准", (string?)JsonNode.Parse(attempt.Body!)!["text"]);
    }

    [Fact]
    public async Task Deletes_an_activity_with_a_bodiless_delete()
    {
        var result = await _harness.RunAsync(c => c.DeleteActivityAsync(ConnectorHarness.ServiceUrl, "a:1x", "a-1", default));

        Assert.True(result.Succeeded);
        Assert.True(result.Value);
        var attempt = Assert.Single(_harness.Channel.Attempts);
        Assert.Equal(HttpMethod.Delete, attempt.Method);
        Assert.EndsWith("v3/conversations/a%3A1x/activities/a-1", attempt.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Null(attempt.Body);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Accepts_a_service_url_with_or_without_its_trailing_slash(string serviceUrl)
    {
        await _harness.RunAsync(c => c.DeleteActivityAsync(serviceUrl, "c1", "a1", default));

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/c1/activities/a1", _harness.Channel.Attempts[0].Uri.AbsoluteUri);
    }
}
