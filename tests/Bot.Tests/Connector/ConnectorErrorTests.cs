using BotApp.Bot.Protocol.Connector;

namespace BotApp.Bot.Tests.Connector;

public sealed class ConnectorErrorTests
{
    [Theory]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser", "User blocked the conversation with the bot.")]
    [InlineData("""{"subCode":"MessageWritesBlocked","error":{"code":"Forbidden"}}""", "MessageWritesBlocked", null)]
    [InlineData("""{"ERROR":{"Code":"BadArgument","Message":"Unknown activity type"}}""", "BadArgument", "Unknown activity type")]
    [InlineData("""{"error":{"code":"Forbidden","message":"Thread blocked: MessageWritesBlocked"}}""", "MessageWritesBlocked", "Thread blocked: MessageWritesBlocked")]
    [InlineData("<html>502 Bad Gateway</html>", null, "<html>502 Bad Gateway</html>")]
    [InlineData("", null, null)]
    public void Reads_what_the_channel_says_went_wrong(string body, string? code, string? message)
    {
        var (parsedCode, parsedMessage) = ConnectorError.Parse(body);

        Assert.Equal(code, parsedCode);
        Assert.Equal(message, parsedMessage);
    }

    [Fact]
    public void Shortens_a_long_non_json_body()
    {
        var (_, message) = ConnectorError.Parse(new string('x', 5000));

        Assert.Equal(500, message!.Length);
    }
}
