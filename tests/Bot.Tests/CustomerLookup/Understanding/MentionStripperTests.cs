using System.Text.Json;
using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.CustomerLookup.Understanding;

public sealed class MentionStripperTests
{
    private const string BotId = "28:6c1a0b5e-8d3f-4f5a-9a51-2f0e8c7d1b42";

    /// <summary>A channel message as Teams posts it: the mention in the text, a mention entity, then clientInfo.</summary>
    private static Activity TeamsChannelMessage(string text, string entities) => JsonSerializer.Deserialize<Activity>($$"""
        {
          "text": {{JsonSerializer.Serialize(text)}},
          "textFormat": "plain",
          "type": "message",
          "timestamp": "2026-03-02T02:15:07.4321Z",
          "localTimestamp": "2026-03-02T10:15:07.4321+08:00",
          "id": "1772417707432",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/apac/",
          "from": { "id": "29:1Xk3fYt0aB", "name": "张伟", "aadObjectId": "4f0c2d8e-6b1a-4c3e-9f7d-2a5b8c1e0d36" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "0d9b6a3c-5e2f-4a1b-8c7d-9e0f1a2b3c4d",
                            "id": "19:8a7f2c0e1b3d4f56@thread.tacv2;messageid=1772417707432" },
          "recipient": { "id": "{{BotId}}", "name": "BotApp" },
          "entities": {{entities}},
          "channelData": { "teamsChannelId": "19:8a7f2c0e1b3d4f56@thread.tacv2", "teamsTeamId": "19:1e2d3c4b5a69@thread.tacv2",
                           "channel": { "id": "19:8a7f2c0e1b3d4f56@thread.tacv2" }, "team": { "id": "19:1e2d3c4b5a69@thread.tacv2" },
                           "tenant": { "id": "0d9b6a3c-5e2f-4a1b-8c7d-9e0f1a2b3c4d" } },
          "locale": "zh-CN",
          "localTimezone": "Asia/Shanghai"
        }
        """, ProtocolJson.Options)!;

    private static string BotMention(string text = "\"<at>BotApp</at>\"") =>
        $$"""{ "mentioned": { "id": "{{BotId}}", "name": "BotApp" }, "text": {{text}}, "type": "mention" }""";

    private const string ClientInfo = """{ "locale": "zh-CN", "country": "CN", "platform": "Windows", "timezone": "Asia/Shanghai", "type": "clientInfo" }""";

    [Fact]
    public void Removes_the_bots_mention_from_a_channel_message()
    {
        var activity = TeamsChannelMessage("<at>BotApp</at> 查 宁波港\n", $"[{BotMention()}, {ClientInfo}]");

        Assert.Equal("查 宁波港", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Leaves_the_activity_text_as_it_came()
    {
        var activity = TeamsChannelMessage("<at>BotApp</at> 查 宁波港", $"[{BotMention()}]");

        activity.TextWithoutRecipientMention();

        Assert.Equal("<at>BotApp</at> 查 宁波港", activity.Text);
    }

    [Fact]
    public void Keeps_mentions_of_other_people()
    {
        const string colleague = """{ "mentioned": { "id": "29:1Yq7wPz4cD", "name": "李娜" }, "text": "<at>李娜</at>", "type": "mention" }""";
        var activity = TeamsChannelMessage("\r\n<at>BotApp</at> 查 <at>李娜</at> 的客户\r\n", $"[{BotMention()}, {colleague}, {ClientInfo}]");

        Assert.Equal("查 <at>李娜</at> 的客户", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Removes_a_mention_wherever_it_is_and_keeps_the_words_around_it_apart()
    {
        var activity = TeamsChannelMessage("宁波港<at>BotApp</at>欠费", $"[{BotMention()}]");

        Assert.Equal("宁波港 欠费", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Uses_the_mentioned_name_when_the_entity_has_no_text()
    {
        var activity = TeamsChannelMessage("<at>BotApp</at> 我的客户", $"[{BotMention("null")}]");

        Assert.Equal("我的客户", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Strips_a_leading_mention_when_the_entity_is_missing()
    {
        var activity = TeamsChannelMessage("<at>BotApp</at> 欠费客户", $"[{ClientInfo}]");

        Assert.Equal("欠费客户", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Strips_a_leading_mention_with_attributes_when_no_entity_names_the_bot()
    {
        const string other = """{ "mentioned": { "id": "28:another-bot" }, "text": "<at id=\"28:another-bot\">Other</at>", "type": "mention" }""";
        var activity = TeamsChannelMessage("<at id=\"28:x\">BotApp</at> lookup ningbo port", $"[{other}]");

        Assert.Equal("lookup ningbo port", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Does_not_strip_a_mention_later_in_the_text_without_an_entity()
    {
        var activity = TeamsChannelMessage("查 <at>李娜</at> 的客户", "[]");

        Assert.Equal("查 <at>李娜</at> 的客户", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Only_trims_a_personal_chat_message()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "  本月到期协议 \n", Recipient = new ChannelAccount { Id = BotId } };

        Assert.Equal("本月到期协议", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Gives_an_empty_text_for_a_message_without_text()
    {
        var activity = new Activity { Type = ActivityTypes.Message };

        Assert.Equal("", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void Feeds_the_recognizer_from_a_channel_message()
    {
        var activity = TeamsChannelMessage("<at>BotApp</at>\u00a0我的五星客户", $"[{BotMention()}]");

        var recognition = LookupRecognizer.Recognize(activity.TextWithoutRecipientMention());

        Assert.Equal(new BotApp.Handlers.Customers.CustomerLookup(Grade: 5, MineOnly: true), recognition.Lookup);
    }
}
