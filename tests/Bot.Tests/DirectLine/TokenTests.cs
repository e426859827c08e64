using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.DirectLine;

public sealed class TokenTests
{
    [Fact]
    public async Task Generates_a_token_bound_to_a_new_conversation_and_the_named_user()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());

        var generated = await client.GenerateAsync("dl_liqiang", "李强");

        Assert.Equal(1800, generated.ExpiresIn);
        Assert.False(string.IsNullOrEmpty(generated.ConversationId));
        // Web Chat reads the user id from the token's "user" claim.
        var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(generated.Token.Split('.')[1])).RootElement;
        Assert.Equal("dl_liqiang", claims.GetProperty("user").GetString());
        Assert.Equal(generated.ConversationId, claims.GetProperty("conv").GetString());
    }

    [Fact]
    public async Task Refuses_to_generate_without_the_secret()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var token = (await client.GenerateAsync()).Token;

        var none = await client.SendAsync(HttpMethod.Post, "/tokens/generate", null);
        var wrong = await client.SendAsync(HttpMethod.Post, "/tokens/generate", "not-the-secret");
        var withToken = await client.SendAsync(HttpMethod.Post, "/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
    }

    [Fact]
    public async Task Refreshes_a_token_for_the_same_conversation_and_user()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T08:00:00Z"));
        await using var factory = new DirectLineAppFactory { Clock = clock };
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync("dl_zhangwei");
        clock.Advance(TimeSpan.FromMinutes(15));

        var response = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token);
        var refreshed = (await response.Content.ReadFromJsonAsync<BotApp.Bot.DirectLine.Conversation>())!;
        clock.Advance(TimeSpan.FromMinutes(20)); // the old token has expired, the new one has not
        var post = await client.PostAsync(refreshed, "hi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var echoes = await client.GetActivitiesAsync(refreshed);
        Assert.Contains(echoes.Activities, a => a.Text == "echo dl_zhangwei: hi");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token)).StatusCode);
    }

    [Fact]
    public async Task Rejects_an_expired_token_with_403()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T08:00:00Z"));
        await using var factory = new DirectLineAppFactory { Clock = clock };
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync();
        clock.Advance(TimeSpan.FromSeconds(1800));

        var poll = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}/activities", conversation.Token);
        var post = await client.PostAsync(conversation, "hi");
        var refresh = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_token_whose_user_was_changed()
    {
        await using var factory = new DirectLineAppFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var conversation = await client.StartAsync("dl_wangfang");
        var parts = conversation.Token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("dl_wangfang", "dl_liqiang", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        var response = await client.PostAsync(conversation with { Token = forged }, "approve everything");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
