using System.Text.Json.Nodes;
using BotApp.Bot.Middleware;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Middleware;

public sealed class ConversationReferenceTests(BotAppFactory factory) : IClassFixture<BotAppFactory>
{
    [Fact]
    public async Task Saves_a_personal_chat_per_user_with_tenant_and_aad_id()
    {
        var client = factory.CreateClient();
        var activity = Activities.Message("hello", userId: "29:alice", conversationId: "a:personal-1");
        activity.ChannelId = "msteams";
        activity.From!.AadObjectId = "aad-alice";
        activity.Conversation!.ConversationType = "personal";
        activity.Conversation.TenantId = "tenant-1";

        await client.PostActivityAsync(activity);

        var record = await SingleAsync("a:personal-1");
        Assert.Equal("29:alice", record.UserId);
        Assert.Equal("aad-alice", record.UserAadObjectId);
        Assert.Equal("tenant-1", record.TenantId);
        Assert.Equal(StubChannel.ServiceUrl, record.ServiceUrl);
        Assert.True(record.IsActive);
    }

    [Fact]
    public async Task Saves_a_team_channel_once_from_a_Teams_install_and_deactivates_it_on_removal()
    {
        var client = factory.CreateClient();
        var install = TeamsChannelActivity(ActivityTypes.InstallationUpdate);
        install.Action = "add";
        var removal = TeamsChannelActivity(ActivityTypes.InstallationUpdate);
        removal.Action = "remove";

        await client.PostActivityAsync(install);
        var saved = await SingleAsync("19:team-channel@thread.tacv2");
        await client.PostActivityAsync(removal);
        var removed = await SingleAsync("19:team-channel@thread.tacv2");

        Assert.Equal("", saved.UserId);
        Assert.Equal("team-42", saved.TeamId);
        Assert.Equal("tenant-9", saved.TenantId);
        Assert.Equal("channel", saved.ConversationType);
        Assert.True(saved.IsActive);
        Assert.False(removed.IsActive);
    }

    [Fact]
    public async Task A_team_that_adds_the_bot_back_right_after_removing_it_stays_reachable()
    {
        var client = factory.CreateClient();
        var conversation = "19:readded@thread.tacv2";
        foreach (var action in new[] { "add", "remove", "add" })
        {
            var update = TeamsChannelActivity(ActivityTypes.InstallationUpdate);
            update.Conversation!.Id = conversation;
            update.Action = action;
            await client.PostActivityAsync(update); // no flush between: all three land in one write-behind batch
        }

        Assert.True((await SingleAsync(conversation)).IsActive);
    }

    [Fact]
    public async Task A_new_serviceUrl_replaces_the_stored_one()
    {
        var client = factory.CreateClient();
        var first = Activities.Message("hi", userId: "u-geo", conversationId: "geo-1");
        var second = Activities.Message("hi again", userId: "u-geo", conversationId: "geo-1");
        second.ServiceUrl = "https://stub.channel.test/emea/";

        await client.PostActivityAsync(first);
        await client.PostActivityAsync(second);

        Assert.Equal("https://stub.channel.test/emea/", (await SingleAsync("geo-1")).ServiceUrl);
    }

    private static Activity TeamsChannelActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = StubChannel.ServiceUrl,
        From = new ChannelAccount { Id = "29:installer", AadObjectId = "aad-installer" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "19:team-channel@thread.tacv2", ConversationType = "channel", IsGroup = true },
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-9" }, ["team"] = new JsonObject { ["id"] = "team-42" } },
    };

    private async Task<Data.Entities.ConversationReferenceRecord> SingleAsync(string conversationId)
    {
        await factory.Services.GetRequiredService<StoreWriteBehind>().FlushAsync(CancellationToken.None);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.ConversationReferences.AsNoTracking().SingleAsync(r => r.ConversationId == conversationId);
    }
}
