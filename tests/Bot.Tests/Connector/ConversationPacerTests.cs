using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.Connector;

public sealed class ConversationPacerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ConversationPacer _pacer;

    public ConversationPacerTests() => _pacer = new ConversationPacer(Options.Create(new ConnectorOptions()), _time);

    [Fact]
    public void Lets_seven_messages_a_second_through_and_holds_the_eighth_for_the_rest_of_the_second()
    {
        var waits = Enumerable.Range(0, 7).Select(_ => _pacer.Reserve("c1")).ToList();
        _time.Advance(TimeSpan.FromMilliseconds(300));

        var eighth = _pacer.Reserve("c1");

        Assert.All(waits, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromMilliseconds(700), eighth);
    }

    [Fact]
    public void Holds_the_sixty_first_message_in_thirty_seconds_until_the_first_leaves_the_window()
    {
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, _pacer.Reserve("c1"));
            _time.Advance(TimeSpan.FromMilliseconds(200)); // 5 a second: under the per-second limit
        }

        var sixtyFirst = _pacer.Reserve("c1");

        Assert.Equal(TimeSpan.FromSeconds(18), sixtyFirst); // sent 0 s … 11.8 s, now 12 s, first frees at 30 s
    }

    [Fact]
    public void Queues_waiting_senders_in_order()
    {
        for (var i = 0; i < 7; i++)
            _pacer.Reserve("c1");

        var waits = Enumerable.Range(0, 8).Select(_ => _pacer.Reserve("c1")).ToList();

        Assert.Equal([.. Enumerable.Repeat(TimeSpan.FromSeconds(1), 7), TimeSpan.FromSeconds(2)], waits);
    }

    [Fact]
    public void Paces_each_conversation_on_its_own()
    {
        for (var i = 0; i < 7; i++)
            _pacer.Reserve("c1");

        Assert.Equal(TimeSpan.Zero, _pacer.Reserve("c2"));
    }

    [Fact]
    public void Forgets_conversations_that_went_quiet()
    {
        _pacer.Reserve("c1");
        _pacer.Reserve("c2");
        _time.Advance(TimeSpan.FromSeconds(31));

        _pacer.Reserve("c3");

        Assert.Equal(1, _pacer.TrackedConversations);
    }

    [Fact]
    public async Task Makes_the_client_wait_before_the_eighth_message_to_one_conversation()
    {
        using var harness = new ConnectorHarness();
        for (var i = 0; i < 8; i++)
            await harness.RunAsync(c => c.SendToConversationAsync(ConnectorHarness.ServiceUrl, "a:1x", new Activity { Type = "message" }, default));
        await harness.RunAsync(c => c.SendToConversationAsync(ConnectorHarness.ServiceUrl, "a:other", new Activity { Type = "message" }, default));

        Assert.Equal([TimeSpan.FromSeconds(1)], harness.Time.Waits);
        Assert.Equal(9, harness.Channel.Attempts.Count);
        Assert.Equal(TimeSpan.FromSeconds(1), harness.Channel.Attempts[7].At - harness.Channel.Attempts[0].At);
    }
}
