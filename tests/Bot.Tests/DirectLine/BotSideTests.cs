using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.DirectLine;

/// <summary>The Connector API the channel offers the bot at serviceUrl <c>/v3/directline/</c>.</summary>
public sealed class BotSideTests
{
    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Update_and_delete_answer_405_BadArgument_as_Direct_Line_does(string method)
    {
        await using var factory = new DirectLineAppFactory();
        var http = factory.CreateClient();
        var client = new DirectLineClient(http);
        var conversation = await client.StartAsync();
        var welcomeId = (await client.GetActivitiesAsync(conversation)).Activities[0].Id!;
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/v3/directline/v3/conversations/{conversation.ConversationId}/activities/{Uri.EscapeDataString(welcomeId)}")
        {
            Content = method == "PUT" ? JsonContent.Create(new Activity { Type = ActivityTypes.Message, Text = "changed" }, options: ProtocolJson.Options) : null,
        };

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;
        Assert.Equal("BadArgument", error["code"]!.GetValue<string>());
        Assert.Equal("This channel does not support this operation", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_bot_learns_through_its_connector_that_it_cannot_update_here()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync();

        await client.PostAsync(conversation, "edit");

        var texts = (await client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Text).ToList();
        Assert.Equal(["draft", "update: NotSupported"], texts[^2..]);
    }

    [Fact]
    public async Task Replies_are_appended_with_channel_ids_and_the_bot_role()
    {
        await using var factory = new DirectLineAppFactory();
        var http = factory.CreateClient();
        var client = new DirectLineClient(http);
        var conversation = await client.StartAsync();

        var response = await http.PostAsJsonAsync($"/v3/directline/v3/conversations/{conversation.ConversationId}/activities/{Uri.EscapeDataString(conversation.ConversationId + "|0000001")}",
            new Activity { Type = ActivityTypes.Message, From = new ChannelAccount { Id = "botapp" }, Text = "a reply", ReplyToId = conversation.ConversationId + "|0000001" }, ProtocolJson.Options);
        var typing = await http.PostAsJsonAsync($"/v3/directline/v3/conversations/{conversation.ConversationId}/activities",
            new Activity { Type = ActivityTypes.Typing }, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<ResourceResponse>())!.Id;
        var activities = (await client.GetActivitiesAsync(conversation)).Activities;
        var reply = Assert.Single(activities, a => a.Id == id);
        Assert.Equal("bot", reply.From?.Role);
        Assert.NotNull(reply.Timestamp);
        Assert.DoesNotContain(activities, a => a.IsType(ActivityTypes.Typing)); // polling never carries typing
    }

    [Fact]
    public async Task Lists_the_user_and_the_bot_as_members()
    {
        await using var factory = new DirectLineAppFactory();
        var http = factory.CreateClient();
        var conversation = await new DirectLineClient(http).StartAsync("dl_liuyang");

        var members = await http.GetFromJsonAsync<List<ChannelAccount>>($"/v3/directline/v3/conversations/{conversation.ConversationId}/members", ProtocolJson.Options);

        Assert.Equal(["dl_liuyang", "botapp"], members!.Select(m => m.Id));
    }

    [Fact]
    public async Task Answers_404_to_the_bot_for_an_unknown_conversation()
    {
        await using var factory = new DirectLineAppFactory();
        var http = factory.CreateClient();

        var response = await http.PostAsJsonAsync("/v3/directline/v3/conversations/nope/activities", new Activity { Type = ActivityTypes.Message, Text = "x" }, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
