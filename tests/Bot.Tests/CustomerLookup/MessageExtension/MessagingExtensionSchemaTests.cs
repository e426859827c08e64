using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Schema.Teams;

namespace BotApp.Bot.Tests.CustomerLookup.MessageExtension;

/// <summary>The wire shapes of respond-to-search.md, field for field.</summary>
public sealed class MessagingExtensionSchemaTests
{
    [Fact]
    public void Reads_a_query_as_Teams_sends_it()
    {
        var activity = new Activity
        {
            Value = JsonNode.Parse("""
                {"commandId":"searchCustomers","parameters":[{"name":"query","value":"宁波"}],"queryOptions":{"skip":25,"count":25},"unknownField":1}
                """),
        };

        var query = MessagingExtensionQuery.From(activity)!;

        Assert.Equal("searchCustomers", query.CommandId);
        Assert.Equal("宁波", query.Text("query"));
        Assert.Equal(new MessagingExtensionQueryOptions(25, 25), query.QueryOptions);
        Assert.False(query.IsInitialRun);
    }

    [Fact]
    public void Knows_the_initial_run_and_takes_the_first_other_parameter_when_the_name_differs()
    {
        var initial = MessagingExtensionQuery.From(new Activity { Value = JsonNode.Parse("""{"commandId":"c","parameters":[{"name":"initialRun","value":"true"}]}""") })!;
        var renamed = MessagingExtensionQuery.From(new Activity { Value = JsonNode.Parse("""{"commandId":"c","parameters":[{"name":"keyword","value":42}]}""") })!;

        Assert.True(initial.IsInitialRun);
        Assert.Null(initial.Text("query"));
        Assert.Equal("42", renamed.Text("query"));
        Assert.Null(MessagingExtensionQuery.From(new Activity { Value = JsonNode.Parse("""{"parameters":"nope"}""") }));
    }

    [Fact]
    public void Writes_a_result_list_with_previews_in_camel_case_and_no_nulls()
    {
        var preview = new ThumbnailCard("Ningbo Port", Tap: new CardAction { Type = "invoke", Value = new JsonObject { ["customerKey"] = "C1" } }).ToAttachment();
        var response = new MessagingExtensionResponse(MessagingExtensionResult.List(
            [new MessagingExtensionAttachment(Attachment.AdaptiveCardContentType, new JsonObject { ["type"] = "AdaptiveCard" }, preview)]));

        var json = JsonSerializer.Serialize(response, ProtocolJson.Options);

        Assert.Equal(
            """{"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"},"preview":{"contentType":"application/vnd.microsoft.card.thumbnail","content":{"title":"Ningbo Port","tap":{"type":"invoke","value":{"customerKey":"C1"}}}}}]}}""",
            json);
    }

    [Fact]
    public void A_message_result_is_the_invoke_body_with_status_200()
    {
        var invoke = new MessagingExtensionResponse(MessagingExtensionResult.Message("Nothing found")).ToInvokeResponse();

        Assert.Equal(200, invoke.Status);
        Assert.Equal("""{"composeExtension":{"type":"message","text":"Nothing found"}}""", invoke.Body!.ToJsonString(ProtocolJson.Options));
    }
}
