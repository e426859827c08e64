using System.Net;
using BotApp.Bot.Tests.Infrastructure;

namespace BotApp.Bot.Tests.Middleware;

public sealed class DuplicateSuppressionTests(BotAppFactory factory) : IClassFixture<BotAppFactory>
{
    [Fact]
    public async Task A_redelivered_activity_is_acknowledged_and_processed_once()
    {
        var client = factory.CreateClient();
        var activity = Activities.Message("help", conversationId: "dup-1", id: "same-id");

        var first = await client.PostActivityAsync(activity);
        var second = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(factory.Channel.SentActivities(), a => a.Conversation?.Id == "dup-1");
    }

    [Fact]
    public async Task Concurrent_redeliveries_run_the_bot_once()
    {
        var client = factory.CreateClient();
        var activity = Activities.Message("help", conversationId: "dup-2", id: "raced-id");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostActivityAsync(activity)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(factory.Channel.SentActivities(), a => a.Conversation?.Id == "dup-2");
    }

    [Fact]
    public async Task The_same_id_in_another_conversation_is_a_different_activity()
    {
        var client = factory.CreateClient();

        await client.PostActivityAsync(Activities.Message("help", conversationId: "dup-3a", id: "shared"));
        await client.PostActivityAsync(Activities.Message("help", conversationId: "dup-3b", id: "shared"));

        Assert.Single(factory.Channel.SentActivities(), a => a.Conversation?.Id == "dup-3a");
        Assert.Single(factory.Channel.SentActivities(), a => a.Conversation?.Id == "dup-3b");
    }
}

public sealed class DuplicateSuppressionAcrossRestartTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"botapp-restart-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_redelivery_after_a_restart_is_still_recognised()
    {
        var activity = Activities.Message("help", conversationId: "restart-1", id: "before-restart");
        using (var before = Host())
        {
            await before.CreateClient().PostActivityAsync(activity);
            Assert.Single(before.Channel.SentActivities());
        }

        using var after = Host();
        await after.CreateClient().PostActivityAsync(activity);

        Assert.Empty(after.Channel.SentActivities());
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }

    private BotAppFactory Host()
    {
        var factory = new BotAppFactory();
        factory.Settings["ConnectionStrings:Bot"] = $"Data Source={_database}";
        return factory;
    }
}
