using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Connector;

public sealed class ConnectorTokenTests
{
    [Fact]
    public async Task Sends_the_providers_token_as_a_bearer_header()
    {
        using var harness = new ConnectorHarness(token: "eyJ.token");

        await harness.RunAsync(c => c.SendToConversationAsync(ConnectorHarness.ServiceUrl, "c1", new Activity { Type = "message" }, default));

        Assert.Equal("Bearer eyJ.token", harness.Channel.Attempts[0].Authorization);
    }

    [Fact]
    public async Task Sends_no_authorization_header_when_the_bot_runs_anonymously()
    {
        using var harness = new ConnectorHarness(token: null);

        await harness.RunAsync(c => c.SendToConversationAsync("http://localhost:3978/directline", "c1", new Activity { Type = "message" }, default));

        Assert.Null(harness.Channel.Attempts[0].Authorization);
    }
}
