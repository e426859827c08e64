using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Handlers.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.CustomerLookup;

/// <summary>
/// Customer lookup through /api/messages as 王芳 (an account manager in 余姚) would use it, each phrasing of issue 4;
/// replies read from the stub channel.
/// </summary>
public sealed class LookupConversationTests(LookupBotFactory factory) : IClassFixture<LookupBotFactory>
{
    private const string WangFang = "dl_wangfang";
    private const string ChenJing = "dl_chenjing";

    [Fact]
    public async Task A_name_that_matches_one_customer_opens_its_card_with_the_revenue_chart()
    {
        var card = CardJson.Card(await AskAsync("查 余姚市人民医院"));

        Assert.Contains("余姚市人民医院", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.Contains("★★★★★", CardJson.Texts(card), StringComparison.Ordinal);
        var chart = Images(card).Single();
        Assert.StartsWith("data:image/png;base64,", chart, StringComparison.Ordinal);
        Assert.Contains(CardJson.Actions(card), a => (string?)a["data"]?["verb"] == "customer.bills");
    }

    [Fact]
    public async Task My_customers_lists_ten_with_a_next_page_that_continues_the_same_lookup()
    {
        var own = await factory.CustomersOfAsync(WangFang);
        var first = CardJson.Card(await AskAsync("我的客户"));
        var more = Assert.Single(CardJson.Actions(first), a => (string?)a["data"]?["verb"] == "customers.more");

        var second = CardJson.Card(await SubmitAsync(more["data"]!.AsObject()));

        Assert.Contains($"找到 {own.Count} 位客户", CardJson.Texts(first), StringComparison.Ordinal);
        Assert.Equal(10, OpenedIds(first).Count);
        Assert.Contains($"第 11–{Math.Min(20, own.Count)} 位", CardJson.Texts(second), StringComparison.Ordinal);
        Assert.Empty(OpenedIds(first).Intersect(OpenedIds(second)));
        Assert.Subset(own.Select(c => c.Id).ToHashSet(), OpenedIds(first).Concat(OpenedIds(second)).ToHashSet());
    }

    [Theory]
    [InlineData("我的五星客户")]
    [InlineData("my 5-star customers")]
    public async Task My_five_star_customers_are_exactly_the_five_star_ones(string text)
    {
        var expected = (await factory.CustomersOfAsync(WangFang)).Where(c => c.Grade == 5).Select(c => c.Id).ToHashSet();

        Assert.Equal(expected, await ShownIdsAsync(text));
    }

    [Fact]
    public async Task Customers_in_arrears_are_those_with_an_amount_outstanding()
    {
        var expected = await factory.QueryAsync(db => db.GroupCustomers.Where(c => c.AccountManager.WebChatId == WangFang && c.Arrears.Any(a => a.Amount > 0)).Select(c => c.Id).ToListAsync());

        Assert.NotEmpty(expected);
        Assert.Equal(expected.ToHashSet(), await ShownIdsAsync("欠费客户"));
    }

    [Theory]
    [InlineData("agreements ending in 30 days")]
    [InlineData("30天内到期的协议")]
    public async Task Agreements_ending_within_30_days_list_customers_flagged_with_the_days_left(string text)
    {
        var reply = await AskAsync(text);

        var texts = CardJson.Texts(CardJson.Card(reply));
        Assert.Contains("天后到期", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreements_ending_this_month_are_understood()
    {
        var reply = await AskAsync("本月到期协议");

        // The demo's agreements end at fixed distances from today, so the month may or may not hold one; either
        // answer must be about that criterion.
        Assert.True(reply.Attachments is { Count: 1 } || reply.Text!.Contains("协议本月到期", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Education_customers_are_only_education_customers()
    {
        var expected = (await factory.CustomersOfAsync(WangFang)).Where(c => c.Industry == Data.Entities.Industry.Education).Select(c => c.Id).ToHashSet();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, await ShownIdsAsync("教育行业客户"));
    }

    [Fact]
    public async Task A_customer_code_with_the_word_customer_opens_that_customer()
    {
        var customer = (await factory.CustomersOfAsync(WangFang)).First(c => c.Name == "余姚市教育局");

        var card = CardJson.Card(await AskAsync($"客户 {customer.Code}"));

        Assert.Contains(customer.Code, CardJson.Texts(card), StringComparison.Ordinal);
        Assert.Contains("余姚市教育局", CardJson.Texts(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_lookup_in_English_gets_an_English_card()
    {
        var reply = await AskAsync("lookup Yuyao People's Hospital", locale: "en-US");

        var texts = CardJson.Texts(CardJson.Card(reply));
        Assert.Contains("Yuyao People's Hospital", texts, StringComparison.Ordinal);
        Assert.Contains("Account manager", texts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookup yuyao hospital")]
    [InlineData("lookup hospital people's yuyao")]
    public async Task English_words_find_a_name_in_any_order(string text)
    {
        var reply = await AskAsync(text, locale: "en-US");

        Assert.Contains("Yuyao People's Hospital", CardJson.Texts(CardJson.Card(reply)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_managers_customer_answers_exactly_like_one_that_does_not_exist()
    {
        var theirs = (await factory.CustomersOfAsync(ChenJing)).First();

        var byName = await AskAsync($"查 {theirs.Name}");
        var byCode = await AskAsync(theirs.Code);
        var missingCode = await AskAsync("C339999999");
        var openTheirs = await SubmitAsync(new JsonObject { ["verb"] = "customer.open", ["customerId"] = theirs.Id });
        var openMissing = await SubmitAsync(new JsonObject { ["verb"] = "customer.open", ["customerId"] = 987654321 });

        Assert.Null(byName.Attachments);
        Assert.Contains("没有找到", byName.Text, StringComparison.Ordinal);
        Assert.Equal(missingCode.Text!.Replace("C339999999", "", StringComparison.Ordinal), byCode.Text!.Replace(theirs.Code, "", StringComparison.Ordinal));
        Assert.Null(openTheirs.Attachments);
        Assert.Equal(openMissing.Text, openTheirs.Text);
    }

    [Fact]
    public async Task Nothing_found_says_what_was_tried_and_how_to_ask()
    {
        var reply = await AskAsync("宁波港 欠费");

        Assert.Contains("名称含“宁波港”", reply.Text, StringComparison.Ordinal);
        Assert.Contains("有欠费", reply.Text, StringComparison.Ordinal);
        Assert.Contains("我的客户", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_message_mentioning_the_bot_is_read_without_the_mention()
    {
        var activity = Activities.Message("<at>BotApp</at> 查 余姚市人民医院", userId: WangFang, conversationId: Conversation());
        activity.Entities = [JsonSerializer.Deserialize<Entity>("""{"type":"mention","mentioned":{"id":"bot","name":"BotApp"},"text":"<at>BotApp</at>"}""", ProtocolJson.Options)!];

        var card = CardJson.Card(await SendAsync(activity));

        Assert.Contains("余姚市人民医院", CardJson.Texts(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bills_button_shows_twelve_months_of_bills()
    {
        var customer = (await factory.CustomersOfAsync(WangFang)).First(c => c.Name == "余姚市人民医院");

        var card = CardJson.Card(await SubmitAsync(new JsonObject { ["verb"] = "customer.bills", ["customerId"] = customer.Id }));

        Assert.Contains("月度账单", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.Equal(12, card["body"]!.AsArray().Count(e => (string?)e!["type"] == "ColumnSet") - 1);
    }

    [Fact]
    public async Task Every_lookup_is_in_the_audit_log()
    {
        var before = await factory.QueryAsync(db => db.AuditLog.CountAsync(e => e.Action.StartsWith("customer.")));

        await AskAsync("我的客户");
        await AskAsync("查 余姚市人民医院");
        await factory.Services.GetRequiredService<AuditTrail>().FlushAsync(CancellationToken.None); // written behind, in batches

        var after = await factory.QueryAsync(db => db.AuditLog.CountAsync(e => e.Action.StartsWith("customer.")));
        Assert.True(after - before >= 3, $"expected a search, a search and a view; got {after - before} entries");
    }

    private static string Conversation() => $"lookup-{Guid.NewGuid():N}";

    private Task<Activity> AskAsync(string text, string locale = "zh-CN")
    {
        var activity = Activities.Message(text, userId: WangFang, conversationId: Conversation());
        activity.Locale = locale;
        return SendAsync(activity);
    }

    /// <summary>A Web Chat card button: a message whose value carries the verb and its data.</summary>
    private Task<Activity> SubmitAsync(JsonObject value)
    {
        var activity = Activities.Message("", userId: WangFang, conversationId: Conversation());
        activity.Text = null;
        activity.Value = value.DeepClone();
        return SendAsync(activity);
    }

    private async Task<Activity> SendAsync(Activity activity)
    {
        await factory.CreateClient().PostActivityAsync(activity);
        return Assert.Single(factory.Channel.SentActivities(), a => a.Conversation?.Id == activity.Conversation!.Id);
    }

    /// <summary>The customers a reply shows: the ids a list card opens, or the one customer whose card it is.</summary>
    private async Task<HashSet<long>> ShownIdsAsync(string text)
    {
        var card = CardJson.Card(await AskAsync(text));
        var listed = OpenedIds(card);
        if (listed.Count > 0)
            return listed;
        var bills = CardJson.Actions(card).Single(a => (string?)a["data"]?["verb"] == "customer.bills");
        return [(long)bills["data"]!["customerId"]!];
    }

    private static HashSet<long> OpenedIds(JsonObject card) =>
        CardJson.Actions(card).Where(a => (string?)a["data"]?["verb"] == "customer.open").Select(a => (long)a["data"]!["customerId"]!).ToHashSet();

    private static List<string> Images(JsonNode node) =>
        node switch
        {
            JsonObject o when (string?)o["type"] == "Image" => [(string)o["url"]!],
            JsonObject o => o.SelectMany(p => p.Value is null ? [] : Images(p.Value)).ToList(),
            JsonArray a => a.SelectMany(n => n is null ? [] : Images(n)).ToList(),
            _ => [],
        };
}
