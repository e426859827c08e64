using System.Net;
using BotApp.Bot.Notices;
using BotApp.Data.Entities;
using Microsoft.Extensions.DependencyInjection;
using static BotApp.Bot.Tests.Notices.OutboxDeliveryTests;

namespace BotApp.Bot.Tests.Notices;

public sealed class OutboxRetryTests
{
    [Fact]
    public async Task A_transient_failure_is_retried_with_growing_back_off_then_sent()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        host.Channel.Enqueue(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        host.Channel.Enqueue(() => new HttpResponseMessage(HttpStatusCode.TooManyRequests));
        await host.QueueAsync(Greeting(alice, "greet:1", 1));
        var start = host.Clock.GetUtcNow();

        await host.DrainAsync();
        var afterFirst = await host.RowAsync("greet:1");
        await host.DrainAsync();
        var callsBeforeDue = host.CallsTo("a:alice").Count;
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await host.DrainAsync();
        var afterSecond = await host.RowAsync("greet:1");
        host.Clock.Advance(TimeSpan.FromSeconds(60));
        await host.DrainAsync();

        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Equal(start + TimeSpan.FromSeconds(30), afterFirst.NextAttemptAt);
        Assert.Contains("Unavailable (HTTP 503)", afterFirst.LastError, StringComparison.Ordinal);
        Assert.Equal(1, callsBeforeDue);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal(start + TimeSpan.FromSeconds(90), afterSecond.NextAttemptAt);
        Assert.Contains("HTTP 429", afterSecond.LastError, StringComparison.Ordinal);
        var sent = await host.RowAsync("greet:1");
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(3, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Equal(3, host.CallsTo("a:alice").Count);
    }

    [Fact]
    public async Task A_message_is_given_up_after_the_last_attempt()
    {
        using var host = new NoticeHost { Settings = { ["Outbox:MaxAttempts"] = "2" } };
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        host.Channel.Enqueue(() => new HttpResponseMessage(HttpStatusCode.BadGateway));
        host.Channel.Enqueue(() => new HttpResponseMessage(HttpStatusCode.BadGateway));
        await host.QueueAsync(Greeting(alice, "greet:1", 1));

        await host.DrainAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await host.DrainAsync();

        var row = await host.RowAsync("greet:1");
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.StartsWith("Gave up after 2 attempts: Unavailable (HTTP 502)", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renderer_that_throws_is_tried_again_later()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.QueueAsync(new BotApp.Handlers.Notices.Notice("test.failing", alice, "broken:1", []));

        await host.DrainAsync();

        var row = await host.RowAsync("broken:1");
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal("Rendering failed: the store is busy", row.LastError);
        Assert.Equal(host.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), row.NextAttemptAt);
        Assert.Empty(host.CallsTo("a:alice"));
    }

    [Fact]
    public async Task Notices_to_one_chat_keep_their_order_while_the_first_waits_to_be_retried()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        host.Channel.Enqueue(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        await host.QueueAsync(Greeting(alice, "greet:1", 1));
        await host.QueueAsync(Greeting(alice, "greet:2", 2));

        await host.DrainAsync();
        var heldBack = await host.RowAsync("greet:2");
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await host.DrainAsync();

        Assert.Equal(0, heldBack.Attempts);
        var sent = host.CallsTo("a:alice").Select(c => c.Activity!.Text).ToList();
        Assert.Equal(3, sent.Count);
        Assert.EndsWith("#1", sent[1], StringComparison.Ordinal);
        Assert.EndsWith("#2", sent[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_running_at_once_never_send_a_row_twice()
    {
        using var host = new NoticeHost();
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        var wang = await host.AddStaffAsync("王芳", "zh-CN", webChatId: "wc-wang");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.AddChatAsync("directline", "dl-wang", "wc-wang");
        foreach (var n in Enumerable.Range(1, 3))
        {
            await host.QueueAsync(Greeting(alice, $"greet:alice:{n}", n));
            await host.QueueAsync(Greeting(wang, $"greet:wang:{n}", n));
        }

        await Task.WhenAll(host.DrainAsync(), host.DrainAsync(), host.DrainAsync());
        await host.DrainAsync();

        Assert.Equal(3, host.CallsTo("a:alice").Count);
        Assert.Equal(3, host.CallsTo("dl-wang").Count);
        var rows = await host.ReadAsync(db => Task.FromResult(db.Outbox.ToList()));
        Assert.All(rows, row => Assert.Equal((OutboxStatus.Sent, 1), (row.Status, row.Attempts)));
    }

    [Fact]
    public async Task Rows_pending_at_a_restart_are_sent_after_it()
    {
        string databasePath;
        using (var before = new NoticeHost { KeepDatabase = true })
        {
            await before.Dispatcher.StopAsync(CancellationToken.None); // as if the process died before sending
            var alice = await before.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
            await before.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
            await before.QueueAsync(Greeting(alice, "greet:1", 1));
            databasePath = before.DatabasePath;
        }

        using var after = new NoticeHost(databasePath);
        await after.Channel.WaitForActivitiesAsync(1); // the pass at start, nothing woke it
        await after.DrainAsync();

        Assert.Single(after.CallsTo("a:alice"));
        Assert.Equal(OutboxStatus.Sent, (await after.RowAsync("greet:1")).Status);
    }

    [Fact]
    public async Task A_wake_sends_at_once_without_waiting_for_the_poll()
    {
        using var host = new NoticeHost { Settings = { ["Outbox:PollInterval"] = "00:17:00" } };
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.Clock.TimerStarted(TimeSpan.FromMinutes(17)); // the first pass is over; the dispatcher waits
        await host.QueueAsync(Greeting(alice, "greet:1", 1));

        host.Services.GetRequiredService<OutboxSignal>().Wake();

        Assert.Single(await host.Channel.WaitForActivitiesAsync(1));
    }

    [Fact]
    public async Task Rows_nobody_woke_the_dispatcher_for_go_out_at_the_next_poll()
    {
        using var host = new NoticeHost { Settings = { ["Outbox:PollInterval"] = "00:17:00" } };
        var alice = await host.AddStaffAsync("Alice", "en", aadObjectId: "aad-alice");
        await host.AddChatAsync("msteams", "a:alice", "29:alice", "aad-alice", tenantId: "tenant-1");
        await host.Clock.TimerStarted(TimeSpan.FromMinutes(17));
        await host.QueueAsync(Greeting(alice, "greet:1", 1));

        host.Clock.Advance(TimeSpan.FromMinutes(17));

        Assert.Single(await host.Channel.WaitForActivitiesAsync(1));
    }
}
