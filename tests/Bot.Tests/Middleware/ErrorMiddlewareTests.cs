using System.Net;
using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Middleware;

public sealed class ErrorMiddlewareTests : IDisposable
{
    private readonly BotAppFactory _factory = new() { ConfigureTestServices = s => s.AddScoped<IBot, ThrowingBot>() };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_failing_turn_gets_an_apology_with_a_correlation_id_in_the_users_language()
    {
        var client = _factory.CreateClient();

        var zh = await client.PostActivityAsync(Activities.Message("boom", conversationId: "err-zh"));
        var en = Activities.Message("boom", conversationId: "err-en");
        en.Locale = "en-US";
        await client.PostActivityAsync(en);

        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        var sent = _factory.Channel.SentActivities();
        var apologyZh = Assert.Single(sent, a => a.Conversation?.Id == "err-zh").Text!;
        var apologyEn = Assert.Single(sent, a => a.Conversation?.Id == "err-en").Text!;
        Assert.Contains("抱歉", apologyZh, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{12}", apologyZh);
        Assert.StartsWith("Sorry", apologyEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_turn_can_be_retried_by_the_channel()
    {
        var client = _factory.CreateClient();
        var activity = Activities.Message("boom", conversationId: "err-retry", id: "retry-me");

        await client.PostActivityAsync(activity);
        await client.PostActivityAsync(activity);

        Assert.Equal(2, _factory.Channel.SentActivities().Count(a => a.Conversation?.Id == "err-retry"));
    }

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("simulated failure");
    }
}
