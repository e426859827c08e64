using System.Net;
using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Data.Entities;
using BotApp.Handlers.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Notices;

public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task A_queued_notice_reaches_each_recipients_personal_chat_in_their_language()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        var wang = await host.AddStaffAsync("王芳", "zh-CN", webChatId: "wc-wang");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.AddChatAsync("directline", "dl-wang", "wc-wang");
        await host.QueueAsync(Greeting(alice, "greet:alice", 1));
        await host.QueueAsync(Greeting(wang, "greet:wang", 1));

        await host.DrainAsync();

        var texts = host.Services.GetRequiredService<ILocalizer>();
        var toAlice = Assert.Single(host.CallsTo("a:alice"));
        Assert.Equal(HttpMethod.Post, toAlice.Method);
        Assert.Equal(GreetingRenderer.Text(texts, "en", "Alice", 1), toAlice.Activity!.Text);
        Assert.Equal("en", toAlice.Activity.Locale);
        Assert.Equal("29:alice", toAlice.Activity.Recipient!.Id);
        Assert.Equal("28:bot", toAlice.Activity.From!.Id);
        Assert.Null(toAlice.Activity.ReplyToId);
        Assert.Equal("tenant-1", toAlice.Activity.Conversation!.TenantId);
        Assert.Equal("tenant-1", (string?)toAlice.Activity.ChannelData!["tenant"]!["id"]);
        var toWang = Assert.Single(host.CallsTo("dl-wang"));
        Assert.Equal(GreetingRenderer.Text(texts, "zh-CN", "王芳", 1), toWang.Activity!.Text);
        Assert.Null(toWang.Activity.ChannelData);
        var row = await host.RowAsync("greet:alice");
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.StartsWith("stub-", row.ActivityId);
        Assert.Equal(host.Clock.GetUtcNow(), row.SentAt);
        Assert.Equal(OutboxStatus.Sent, (await host.RowAsync("greet:wang")).Status);
    }

    [Fact]
    public async Task A_notice_with_the_same_card_key_replaces_the_card_in_Teams()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.QueueAsync(Greeting(alice, "plan:7:filed", 1, cardKey: "plan:7"));
        await host.DrainAsync();

        await host.QueueAsync(Greeting(alice, "plan:7:approved", 2, cardKey: "plan:7"));
        await host.QueueAsync(Greeting(alice, "plan:8:filed", 3, cardKey: "plan:8"));
        await host.DrainAsync();

        var first = (await host.RowAsync("plan:7:filed")).ActivityId;
        var calls = host.CallsTo("a:alice");
        Assert.Equal([HttpMethod.Post, HttpMethod.Put, HttpMethod.Post], calls.Select(c => c.Method));
        Assert.EndsWith($"/activities/{first}", calls[1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(GreetingRenderer.Text(host.Services.GetRequiredService<ILocalizer>(), "en", "Alice", 2), calls[1].Activity!.Text);
        Assert.Equal(first, (await host.RowAsync("plan:7:approved")).ActivityId);
        Assert.NotEqual(first, (await host.RowAsync("plan:8:filed")).ActivityId);
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task A_notice_with_the_same_card_key_is_posted_as_a_new_message_in_Web_Chat(string channelId)
    {
        using var host = new NoticeHost();
        var wang = await host.AddStaffAsync("王芳", "zh-CN", webChatId: "wc-wang");
        await host.AddChatAsync(channelId, "dl-wang", "wc-wang");
        await host.QueueAsync(Greeting(wang, "plan:7:filed", 1, cardKey: "plan:7"));
        await host.DrainAsync();

        await host.QueueAsync(Greeting(wang, "plan:7:approved", 2, cardKey: "plan:7"));
        await host.DrainAsync();

        Assert.Equal([HttpMethod.Post, HttpMethod.Post], host.CallsTo("dl-wang").Select(c => c.Method));
        Assert.NotEqual((await host.RowAsync("plan:7:filed")).ActivityId, (await host.RowAsync("plan:7:approved")).ActivityId);
    }

    [Fact]
    public async Task A_card_whose_message_is_gone_is_posted_anew_and_the_chat_stays_active()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        var chat = await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.QueueAsync(Greeting(alice, "plan:7:filed", 1, cardKey: "plan:7"));
        await host.DrainAsync();
        host.Channel.Enqueue(() => new HttpResponseMessage(HttpStatusCode.NotFound));

        await host.QueueAsync(Greeting(alice, "plan:7:approved", 2, cardKey: "plan:7"));
        await host.DrainAsync();

        Assert.Equal([HttpMethod.Post, HttpMethod.Put, HttpMethod.Post], host.CallsTo("a:alice").Select(c => c.Method));
        var second = await host.RowAsync("plan:7:approved");
        Assert.Equal(OutboxStatus.Sent, second.Status);
        Assert.NotEqual((await host.RowAsync("plan:7:filed")).ActivityId, second.ActivityId);
        Assert.True((await host.ChatAsync(chat)).IsActive);
    }

    [Fact]
    public async Task A_blocked_bot_marks_the_chat_inactive_and_its_notices_failed()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        var chat = await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.QueueAsync(Greeting(alice, "greet:1", 1));
        await host.QueueAsync(Greeting(alice, "greet:2", 2));
        host.Channel.Enqueue(() => new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("""{"error":{"code":"Forbidden","message":"The bot is blocked"},"subCode":"MessageWritesBlocked"}"""),
        });

        await host.DrainAsync();

        Assert.Single(host.CallsTo("a:alice"));
        Assert.False((await host.ChatAsync(chat)).IsActive);
        var blocked = await host.RowAsync("greet:1");
        Assert.Equal(OutboxStatus.Failed, blocked.Status);
        Assert.Contains("MessageWritesBlocked", blocked.LastError, StringComparison.Ordinal);
        var after = await host.RowAsync("greet:2");
        Assert.Equal(OutboxStatus.Failed, after.Status);
        Assert.Contains("no longer active", after.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_of_an_unknown_kind_fails_with_a_clear_error_and_the_next_one_still_goes_out()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.QueueAsync(new Notice("test.unheard-of", alice, "odd:1", []));
        await host.QueueAsync(Greeting(alice, "greet:1", 1));

        await host.DrainAsync();

        var odd = await host.RowAsync("odd:1");
        Assert.Equal(OutboxStatus.Failed, odd.Status);
        Assert.Equal("No notice renderer for kind 'test.unheard-of'.", odd.LastError);
        Assert.Equal(OutboxStatus.Sent, (await host.RowAsync("greet:1")).Status);
        Assert.Single(host.CallsTo("a:alice"));
    }

    [Fact]
    public async Task A_notice_with_nothing_to_say_any_more_is_settled_without_sending()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.QueueAsync(new Notice("test.silent", alice, "moot:1", []));

        await host.DrainAsync();

        var row = await host.RowAsync("moot:1");
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Null(row.ActivityId);
        Assert.Null(row.SentAt);
        Assert.Empty(host.CallsTo("a:alice"));
    }

    internal static Notice Greeting(long staffId, string sourceKey, int n, string? cardKey = null) =>
        new(GreetingRenderer.KindName, staffId, sourceKey, new JsonObject { ["n"] = n }, cardKey);
}
