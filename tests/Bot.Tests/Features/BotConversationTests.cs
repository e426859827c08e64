using System.Net;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;

namespace BotApp.Bot.Tests.Features;

/// <summary>The bot as a channel sees it: activities in through /api/messages, replies recorded by the stub channel.</summary>
public sealed class BotConversationTests(BotAppFactory factory) : IClassFixture<BotAppFactory>
{
    [Fact]
    public async Task Welcomes_a_known_member_of_staff_by_name_when_a_1_to_1_chat_starts()
    {
        var update = ConversationUpdate("welcome-1", new ChannelAccount { Id = "dl_wangfang", Name = "王芳" });

        await factory.CreateClient().PostActivityAsync(update);

        var card = SingleCard("welcome-1");
        Assert.Contains("王芳，您好", Texts(card), StringComparison.Ordinal);
        Assert.Contains(Buttons(card), b => (string?)b["data"]?["verb"] == "help");
    }

    [Fact]
    public async Task Greets_a_team_channel_once_when_the_bot_is_added()
    {
        var update = ConversationUpdate("19:team@thread.tacv2", new ChannelAccount { Id = "bot" });
        update.Conversation!.ConversationType = "channel";
        update.Conversation.IsGroup = true;

        await factory.CreateClient().PostActivityAsync(update);

        var greeting = Assert.Single(Sent("19:team@thread.tacv2"));
        Assert.Contains("预警摘要", greeting.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "zh-CN", "我能做什么")]
    [InlineData("帮助", "zh-CN", "我能做什么")]
    [InlineData("ＨＥＬＰ！", "zh-CN", "我能做什么")]
    [InlineData("help", "en-US", "What I can do")]
    public async Task Answers_help_with_a_card_of_what_it_can_do_in_the_users_language(string text, string locale, string title)
    {
        var conversation = $"help-{Guid.NewGuid():N}";
        var message = Activities.Message(text, conversationId: conversation);
        message.Locale = locale;

        await factory.CreateClient().PostActivityAsync(message);

        var card = SingleCard(conversation);
        Assert.Contains(title, Texts(card), StringComparison.Ordinal);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.DoesNotContain("Action.Execute", card.ToJsonString(), StringComparison.Ordinal); // not Teams
    }

    [Fact]
    public async Task Tells_someone_not_on_the_staff_list_that_lookups_are_for_staff()
    {
        await factory.CreateClient().PostActivityAsync(Activities.Message("天气怎么样", userId: "stranger", conversationId: "unknown-1"));

        var reply = Assert.Single(Sent("unknown-1"));
        Assert.Contains("只有登记在册的员工", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_with_nothing_in_progress_says_so()
    {
        await factory.CreateClient().PostActivityAsync(Activities.Message("取消", conversationId: "cancel-1"));

        Assert.Equal("当前没有可取消的操作。", Assert.Single(Sent("cancel-1")).Text);
    }

    [Fact]
    public async Task A_web_chat_language_button_switches_the_user_to_English_for_later_turns()
    {
        var client = factory.CreateClient();
        var submit = Activities.Message("", userId: "lang-user", conversationId: "lang-1");
        submit.Text = null;
        submit.Value = new JsonObject { ["verb"] = "setLanguage", ["locale"] = "en" };

        await client.PostActivityAsync(submit);
        await client.PostActivityAsync(Activities.Message("help", userId: "lang-user", conversationId: "lang-1"));

        var sent = Sent("lang-1");
        Assert.Equal("Language set to English.", sent[0].Text);
        Assert.Contains("What I can do", Texts(Card(sent[1])), StringComparison.Ordinal);
        Assert.Equal("en", sent[1].Locale);
    }

    [Fact]
    public async Task A_Teams_universal_action_is_answered_in_the_invoke_response_and_its_card_uses_Action_Execute()
    {
        var invoke = TeamsInvoke("invoke-1", "help");

        var response = await factory.CreateClient().PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        var card = SingleCard("invoke-1");
        Assert.Contains("\"Action.Execute\"", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_verb_changes_nothing_and_gets_a_short_answer()
    {
        var response = await factory.CreateClient().PostActivityAsync(TeamsInvoke("invoke-2", "approveEverything"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("按钮", (string?)body["value"], StringComparison.Ordinal);
        Assert.Empty(Sent("invoke-2"));
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_501_as_in_Bot_Builder()
    {
        var invoke = TeamsInvoke("invoke-3", "help");
        invoke.Name = "task/fetch";

        var response = await factory.CreateClient().PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_reply_throttled_with_429_is_sent_again_after_Retry_After()
    {
        factory.Channel.Enqueue(() =>
        {
            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return throttled;
        });

        var response = await factory.CreateClient().PostActivityAsync(Activities.Message("天气", conversationId: "throttled-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = factory.Channel.Calls.Where(c => c.Uri.AbsolutePath.Contains("throttled-1", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
    }

    private static Activity ConversationUpdate(string conversationId, ChannelAccount added) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = StubChannel.ServiceUrl,
        From = new ChannelAccount { Id = added.Id },
        Recipient = new ChannelAccount { Id = "bot", Name = "BotApp" },
        Conversation = new ConversationAccount { Id = conversationId },
        MembersAdded = [added],
    };

    private static Activity TeamsInvoke(string conversationId, string verb)
    {
        var invoke = Activities.Message("", conversationId: conversationId);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Text = null;
        invoke.ChannelId = "msteams";
        invoke.Name = "adaptiveCard/action";
        invoke.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject() },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    private List<Activity> Sent(string conversationId) =>
        factory.Channel.SentActivities().Where(a => a.Conversation?.Id == conversationId).ToList();

    private JsonObject SingleCard(string conversationId) => Card(Assert.Single(Sent(conversationId)));

    private static JsonObject Card(Activity activity) => CardJson.Card(activity);

    private static string Texts(JsonNode node) => CardJson.Texts(node);

    private static List<JsonObject> Buttons(JsonObject card) =>
        (card["actions"] as JsonArray ?? []).OfType<JsonObject>().ToList();
}
