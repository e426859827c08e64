using System.Net;
using System.Text.Json.Nodes;
using BotApp.Bot.Features.CustomerLookup.MessageExtension;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data.Entities;

namespace BotApp.Bot.Tests.CustomerLookup.MessageExtension;

/// <summary>The search message extension through /api/messages, with a scripted card source.</summary>
public sealed class CustomerMessageExtensionTests : IClassFixture<MessageExtensionHost>
{
    private readonly MessageExtensionHost _host;

    public CustomerMessageExtensionTests(MessageExtensionHost host)
    {
        _host = host;
        host.Cards.Previews.Clear();
        host.Cards.Known.Clear();
        host.Cards.Searches.Clear();
        host.Cards.Shares.Clear();
    }

    [Fact]
    public async Task A_query_lists_previews_whose_tap_asks_for_the_customer()
    {
        var searcher = await _host.AddStaffAsync("李娜");
        _host.Cards.Previews.Add(new CustomerPreview("C330200001", "宁波港集团", "C330200001 · ★★★★★"));

        var (status, body) = await PostAsync(TeamsInvokes.Query(searcher, "  宁波港 "));

        Assert.Equal(HttpStatusCode.OK, status);
        var result = body["composeExtension"]!;
        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var item = Assert.Single(result["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)item["preview"]!["contentType"]);
        var preview = item["preview"]!["content"]!;
        Assert.Equal("宁波港集团", (string?)preview["title"]);
        Assert.Equal("C330200001 · ★★★★★", (string?)preview["subtitle"]);
        Assert.Equal("invoke", (string?)preview["tap"]!["type"]);
        Assert.Equal("C330200001", (string?)preview["tap"]!["value"]!["customerKey"]);
        Assert.Null(item["content"]!["subtitle"]); // inserted without selectItem, only the title goes into the chat
        var search = Assert.Single(_host.Cards.Searches);
        Assert.Equal(("宁波港", 0, 25, searcher.Id), (search.Text, search.Skip, search.Count, search.Searcher.Id));
    }

    [Fact]
    public async Task The_initial_run_searches_without_text()
    {
        var searcher = await _host.AddStaffAsync("王芳");

        var (status, body) = await PostAsync(TeamsInvokes.Query(searcher, text: null));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body["composeExtension"]!["attachments"]!.AsArray());
        Assert.Equal("", Assert.Single(_host.Cards.Searches).Text);
    }

    [Fact]
    public async Task Scrolling_passes_skip_on_and_caps_the_page_at_25()
    {
        var searcher = await _host.AddStaffAsync("陈强");
        _host.Cards.Previews.AddRange(Enumerable.Range(0, 60).Select(i => new CustomerPreview($"K{i}", $"客户{i}", null)));

        var (_, body) = await PostAsync(TeamsInvokes.Query(searcher, "客户", skip: 25, count: 100));

        var attachments = body["composeExtension"]!["attachments"]!.AsArray();
        Assert.Equal(25, attachments.Count);
        Assert.Equal("K25", (string?)attachments[0]!["preview"]!["content"]!["tap"]!["value"]!["customerKey"]);
        Assert.Equal((25, 25), (_host.Cards.Searches.Single().Skip, _host.Cards.Searches.Single().Count));
    }

    [Fact]
    public async Task Nothing_found_says_what_was_searched_for()
    {
        var searcher = await _host.AddStaffAsync("赵敏");

        var (_, body) = await PostAsync(TeamsInvokes.Query(searcher, "不存在的公司"));

        Assert.Equal("message", (string?)body["composeExtension"]!["type"]);
        Assert.Contains("不存在的公司", (string?)body["composeExtension"]!["text"], StringComparison.Ordinal);
        Assert.Null(body["composeExtension"]!["attachments"]);
    }

    [Fact]
    public async Task Someone_not_on_the_staff_list_is_told_so_and_nothing_is_searched()
    {
        var stranger = new Staff { Name = "访客", Role = StaffRole.AccountManager, AadObjectId = Guid.NewGuid().ToString() };

        var (_, body) = await PostAsync(TeamsInvokes.Query(stranger, "宁波"));

        Assert.Equal("message", (string?)body["composeExtension"]!["type"]);
        Assert.Contains("员工", (string?)body["composeExtension"]!["text"], StringComparison.Ordinal);
        Assert.Empty(_host.Cards.Searches);
    }

    [Fact]
    public async Task Another_command_or_a_shapeless_value_is_a_bad_request()
    {
        var searcher = await _host.AddStaffAsync("周杰");
        var other = TeamsInvokes.Query(searcher, "x");
        other.Value!["commandId"] = "somethingElse";

        var (status, _) = await PostAsync(other);
        var (shapeless, _) = await PostAsync(TeamsInvokes.Invoke(searcher, "composeExtension/query", "19:chat@thread.v2", JsonValue.Create("text")!));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpStatusCode.BadRequest, shapeless);
        Assert.Empty(_host.Cards.Searches);
    }

    [Fact]
    public async Task Picking_a_result_inserts_the_card_made_for_the_members_of_the_chat()
    {
        var searcher = await _host.AddStaffAsync("孙丽");
        var colleague = await _host.AddStaffAsync("钱伟", StaffRole.ServiceManager);
        _host.Cards.Known.Add("C330200001");
        _host.Channel.Enqueue(TeamsInvokes.Members(null, searcher.AadObjectId, colleague.AadObjectId));

        var (status, body) = await PostAsync(TeamsInvokes.SelectItem(searcher, "C330200001", "19:pick-1@thread.v2"));

        Assert.Equal(HttpStatusCode.OK, status);
        var item = Assert.Single(body["composeExtension"]!["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)item["contentType"]);
        Assert.Equal("C330200001", (string?)item["content"]!["body"]![0]!["text"]);
        Assert.Equal("Title C330200001", (string?)item["preview"]!["content"]!["title"]);
        var share = Assert.Single(_host.Cards.Shares);
        Assert.Equal(AudienceStatus.AllStaff, share.Audience.Status);
        Assert.Equal([searcher.Id, colleague.Id], share.Audience.Staff.Select(s => s.Id).Order());
        Assert.Equal(searcher.Id, share.Searcher.Id);
    }

    [Fact]
    public async Task Picking_a_customer_the_source_does_not_know_answers_like_one_that_does_not_exist()
    {
        var searcher = await _host.AddStaffAsync("吴刚");
        _host.Channel.Enqueue(TeamsInvokes.Members(null, searcher.AadObjectId));

        var (status, body) = await PostAsync(TeamsInvokes.SelectItem(searcher, "C999999999", "19:pick-2@thread.v2"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", (string?)body["composeExtension"]!["type"]);
        Assert.Equal("找不到这位客户。", (string?)body["composeExtension"]!["text"]);
    }

    [Fact]
    public async Task A_pick_without_a_customer_key_is_a_bad_request()
    {
        var searcher = await _host.AddStaffAsync("郑爽");

        var (status, _) = await PostAsync(TeamsInvokes.Invoke(searcher, "composeExtension/selectItem", "19:pick-3@thread.v2", new JsonObject { ["other"] = 1 }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(_host.Cards.Shares);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(Activity invoke)
    {
        var response = await _host.CreateClient().PostActivityAsync(invoke);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!);
    }
}
