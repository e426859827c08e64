using System.Net;
using System.Text.Json.Nodes;
using BotApp.Bot.Features.CustomerLookup.MessageExtension;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.CustomerLookup.MessageExtension;

/// <summary>Who reads a shared card: the chat's roster from the (stub) channel, mapped to staff in the store.</summary>
public sealed class ChatAudienceTests(MessageExtensionHost host) : IClassFixture<MessageExtensionHost>
{
    [Fact]
    public async Task A_chat_of_staff_only_is_known_and_lists_each_of_them_once()
    {
        var (a, b) = (await host.AddStaffAsync("甲"), await host.AddStaffAsync("乙"));
        host.Channel.Enqueue(TeamsInvokes.Members(null, a.AadObjectId, b.AadObjectId, a.AadObjectId));

        var audience = await ResolveAsync(Invoke(a, "19:known@thread.v2"));

        Assert.True(audience.IsKnown);
        Assert.Equal([a.Id, b.Id], audience.Staff.Select(s => s.Id).Order());
        var call = host.Channel.Calls.Last();
        Assert.Equal(HttpMethod.Get, call.Method);
        Assert.Equal("/v3/conversations/19%3Aknown%40thread.v2/pagedmembers", call.Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_guest_in_the_chat_makes_the_audience_unknown()
    {
        var a = await host.AddStaffAsync("丙");
        host.Channel.Enqueue(TeamsInvokes.Members(null, a.AadObjectId, Guid.NewGuid().ToString()));

        var audience = await ResolveAsync(Invoke(a, "19:guest@thread.v2"));

        Assert.Equal(AudienceStatus.UnknownMembers, audience.Status);
        Assert.False(audience.IsKnown);
        Assert.Empty(audience.Staff);
    }

    [Fact]
    public async Task A_member_without_an_Entra_id_such_as_another_bot_counts_as_unknown_but_this_bot_does_not()
    {
        var a = await host.AddStaffAsync("丁");
        host.Channel.Enqueue(() =>
        {
            var page = new JsonObject
            {
                ["members"] = new JsonArray(
                    new JsonObject { ["id"] = "28:bot-app-id", ["name"] = "BotApp" },
                    new JsonObject { ["id"] = "29:a", ["aadObjectId"] = a.AadObjectId }),
            };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(page.ToJsonString()) };
        });
        host.Channel.Enqueue(TeamsInvokes.Members(null, a.AadObjectId, null));

        var withThisBot = await ResolveAsync(Invoke(a, "19:bots-1@thread.v2"));
        var withAnotherBot = await ResolveAsync(Invoke(a, "19:bots-2@thread.v2"));

        Assert.True(withThisBot.IsKnown);
        Assert.Equal(AudienceStatus.UnknownMembers, withAnotherBot.Status);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task A_roster_the_bot_may_not_read_is_not_listed(HttpStatusCode status)
    {
        var a = await host.AddStaffAsync("戊");
        host.Channel.Enqueue(() => new HttpResponseMessage(status));

        var audience = await ResolveAsync(Invoke(a, "19:not-mine@thread.v2"));

        Assert.Equal(AudienceStatus.NotListed, audience.Status);
    }

    [Fact]
    public async Task Follows_the_continuation_token_to_the_last_page()
    {
        var (a, b) = (await host.AddStaffAsync("己"), await host.AddStaffAsync("庚"));
        host.Channel.Enqueue(TeamsInvokes.Members("page-2", a.AadObjectId));
        host.Channel.Enqueue(TeamsInvokes.Members(null, b.AadObjectId));

        var audience = await ResolveAsync(Invoke(a, "19:paged@thread.v2"));

        Assert.Equal([a.Id, b.Id], audience.Staff.Select(s => s.Id).Order());
        Assert.Contains("continuationToken=page-2", host.Channel.Calls.Last().Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_members_than_a_group_chat_holds_are_not_checked_one_by_one()
    {
        var a = await host.AddStaffAsync("辛");
        host.Channel.Enqueue(TeamsInvokes.Members(null, [.. Enumerable.Repeat(a.AadObjectId, ChatAudience.MaxMembers + 1)]));

        var audience = await ResolveAsync(Invoke(a, "19:crowd@thread.v2"));

        Assert.Equal(AudienceStatus.NotListed, audience.Status);
    }

    [Fact]
    public void In_a_team_the_team_roster_is_read_and_elsewhere_the_chat_without_its_thread_suffix()
    {
        var inChannel = Invoke(new Staff { Name = "x", Role = StaffRole.Admin }, "19:channel@thread.tacv2;messageid=1700000000000");
        var inTeam = Invoke(new Staff { Name = "x", Role = StaffRole.Admin }, "19:channel@thread.tacv2");
        inTeam.ChannelData = new JsonObject { ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" } };

        Assert.Equal("19:channel@thread.tacv2", ChatAudience.RosterId(inChannel));
        Assert.Equal("19:team@thread.tacv2", ChatAudience.RosterId(inTeam));
        Assert.Null(ChatAudience.RosterId(new Activity()));
    }

    private static Activity Invoke(Staff from, string conversationId) =>
        TeamsInvokes.SelectItem(from, "C1", conversationId);

    private async Task<Audience> ResolveAsync(Activity activity)
    {
        using var scope = host.Services.CreateScope();
        var connector = scope.ServiceProvider.GetRequiredService<IConnectorClient>();
        return await scope.ServiceProvider.GetRequiredService<ChatAudience>().ResolveAsync(new TurnContext(activity, connector), CancellationToken.None);
    }
}
