using System.Net;
using System.Net.Http.Json;
using BotApp.Bot.Protocol.Schema;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.DirectLine;

public sealed class ConversationTests
{
    [Fact]
    public async Task Starts_with_201_and_tells_the_bot_that_the_user_and_the_bot_joined()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var generated = await client.GenerateAsync("dl_wangfang");

        var first = await client.SendAsync(HttpMethod.Post, "/conversations", generated.Token, new { user = new { id = "someone-else" } });
        var again = await client.SendAsync(HttpMethod.Post, "/conversations", generated.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var started = (await first.Content.ReadFromJsonAsync<BotApp.Bot.DirectLine.Conversation>())!;
        Assert.Equal(generated.ConversationId, started.ConversationId);
        Assert.False(string.IsNullOrEmpty(started.Token)); // DirectLineJS sends "Bearer undefined" without it
        var activities = (await client.GetActivitiesAsync(started)).Activities;
        var welcome = Assert.Single(activities); // the conversationUpdate itself is never shown to clients
        Assert.Equal("welcome dl_wangfang", welcome.Text);
        Assert.Equal("bot", welcome.From?.Role);
        Assert.StartsWith($"{started.ConversationId}|", welcome.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echoes_the_users_activity_with_an_id_and_its_clientActivityID_as_the_token_user()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync("dl_wangfang");

        var response = await client.PostAsync(conversation, "hello", clientActivityId: "client-42", fromId: "dl_liqiang");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = (await response.Content.ReadFromJsonAsync<ResourceResponse>())!;
        var activities = (await client.GetActivitiesAsync(conversation)).Activities;
        var echo = Assert.Single(activities, a => a.Id == posted.Id);
        Assert.Equal("client-42", echo.ChannelData?["clientActivityID"]?.GetValue<string>());
        Assert.Equal("dl_wangfang", echo.From?.Id);
        Assert.Equal("directline", echo.ChannelId);
        Assert.NotNull(echo.Timestamp);
        Assert.Equal($"{conversation.ConversationId}|0000003", echo.Id); // 1: conversationUpdate, 2: welcome
        Assert.Equal("echo dl_wangfang: hello", activities[^1].Text); // the bot saw the forced id too
    }

    [Fact]
    public async Task Returns_only_activities_after_the_watermark()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync();
        var first = await client.GetActivitiesAsync(conversation);

        await client.PostAsync(conversation, "one");
        var second = await client.GetActivitiesAsync(conversation, first.Watermark);
        var third = await client.GetActivitiesAsync(conversation, second.Watermark);

        Assert.Equal(["welcome dl_wangfang"], first.Activities.Select(a => a.Text));
        Assert.Equal(["one", "echo dl_wangfang: one"], second.Activities.Select(a => a.Text));
        Assert.Empty(third.Activities);
        Assert.Equal(second.Watermark, third.Watermark);
    }

    [Fact]
    public async Task Rejects_a_token_for_another_conversation()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var mine = await client.StartAsync("dl_wangfang");
        var theirs = await client.StartAsync("dl_liqiang");

        var read = await client.SendAsync(HttpMethod.Get, $"/conversations/{theirs.ConversationId}/activities", mine.Token);
        var post = await client.PostAsync(theirs with { Token = mine.Token }, "hi");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Answers_404_for_a_conversation_that_never_started()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var generated = await client.GenerateAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{generated.ConversationId}/activities", generated.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_turn_reaches_the_user_as_an_apology_and_the_conversation_goes_on()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync();

        var failed = await client.PostAsync(conversation, "fail");
        var next = await client.PostAsync(conversation, "still there?");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var activities = (await client.GetActivitiesAsync(conversation)).Activities;
        Assert.Contains(activities, a => a.From?.Role == "bot" && a.Text?.Contains("抱歉", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Reconnect_returns_a_fresh_token_for_the_same_conversation()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}?watermark=1", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = (await response.Content.ReadFromJsonAsync<BotApp.Bot.DirectLine.Conversation>())!;
        Assert.Equal(conversation.ConversationId, reconnected.ConversationId);
        Assert.NotEmpty((await client.GetActivitiesAsync(reconnected)).Activities);
    }

    [Fact]
    public async Task Forgets_a_conversation_after_an_hour_without_use()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T08:00:00Z"));
        await using var factory = new DirectLineAppFactory { Clock = clock };
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync();
        var path = $"/conversations/{conversation.ConversationId}/activities";

        clock.Advance(TimeSpan.FromMinutes(59));
        var stillThere = await client.SendAsync(HttpMethod.Get, path, DirectLineAppFactory.Secret);
        clock.Advance(TimeSpan.FromMinutes(60));
        var gone = await client.SendAsync(HttpMethod.Get, path, DirectLineAppFactory.Secret);

        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
