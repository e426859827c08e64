using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Protocol;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Reads_any_casing_and_writes_camelCase_without_nulls()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","TEXT":"hi","ServiceUrl":"https://x/","Conversation":{"ID":"c1"}}""", ProtocolJson.Options)!;

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!.AsObject();

        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("c1", activity.Conversation!.Id);
        Assert.Equal(["conversation", "serviceUrl", "text", "type"], json.Select(p => p.Key).Order());
    }

    [Fact]
    public void Writes_Chinese_as_UTF8_text_in_cards_too_but_still_escapes_markup()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "宁波港集团 <b>",
            Attachments = [Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard", ["title"] = "客户卡片" })],
        };

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Contains("宁波港集团", json, StringComparison.Ordinal);
        Assert.Contains("客户卡片", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cb\\u003E", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_fields_it_does_not_model_at_every_level()
    {
        const string input = """
            {"type":"message","futureField":{"a":[1,2]},"from":{"id":"u","userPrincipalName":"x@y"},
             "conversation":{"id":"c","tenantId":"t","extra":1},
             "attachments":[{"contentType":"text/plain","content":"x","unknownAttachmentField":true}],
             "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsTts":false}],
             "channelData":{"clientActivityID":"abc","postBack":true}}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(input, ProtocolJson.Options)!;
        var output = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(input), JsonNode.Parse(output)), output);
    }

    [Fact]
    public void Writes_the_timestamp_in_UTC_ending_in_Z()
    {
        var activity = new Activity { Type = "message", Timestamp = new DateTimeOffset(2026, 11, 23, 21, 0, 0, TimeSpan.FromHours(8)) };

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Contains("\"timestamp\":\"2026-11-23T13:00:00.0000000Z\"", json, StringComparison.Ordinal);
    }
}
