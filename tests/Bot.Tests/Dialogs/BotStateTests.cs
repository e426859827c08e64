using BotApp.Bot.State;
using BotApp.Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class BotStateTests : IDisposable
{
    private const string ConversationKey = "test/conversations/conv-1";
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task Saves_state_under_bot_builder_keys_and_reads_it_back_next_turn()
    {
        await _host.RunTurnAsync(Turn(), async (turn, ct) =>
        {
            (await turn.GetConversationState().GetAsync(turn, ct))["topic"] = "plans";
            (await turn.GetUserState().GetAsync(turn, ct))["lang"] = "zh-CN";
        });

        string? topic = null;
        await _host.RunTurnAsync(Turn(), async (turn, ct) => topic = (string?)(await turn.GetConversationState().GetAsync(turn, ct))["topic"]);

        Assert.Equal("plans", topic);
        Assert.Equal("zh-CN", (string?)(await _host.StoredStateAsync("test/users/user-1"))?["lang"]);
        Assert.Equal(1, _host.Database.SaveCount); // both states in one SaveChanges; the reading turn wrote nothing
    }

    [Fact]
    public async Task A_turn_that_reads_but_does_not_change_state_writes_nothing()
    {
        await _host.RunTurnAsync(Turn(), async (turn, ct) => (await turn.GetConversationState().GetAsync(turn, ct))["n"] = 1);
        var before = await RecordAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(5));

        await _host.RunTurnAsync(Turn(), async (turn, ct) => _ = (await turn.GetConversationState().GetAsync(turn, ct))["n"]);
        await _host.RunTurnAsync(Turn(), (_, _) => Task.CompletedTask);

        var after = await RecordAsync();
        Assert.Equal(1, _host.Database.SaveCount);
        Assert.Equal((before.Version, before.UpdatedAt), (after.Version, after.UpdatedAt));
    }

    [Fact]
    public async Task Each_changed_save_bumps_the_version_and_the_time()
    {
        await _host.RunTurnAsync(Turn(), async (turn, ct) => (await turn.GetConversationState().GetAsync(turn, ct))["n"] = 1);
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        await _host.RunTurnAsync(Turn(), async (turn, ct) => (await turn.GetConversationState().GetAsync(turn, ct))["n"] = 2);

        var record = await RecordAsync();
        Assert.Equal(2, record.Version);
        Assert.Equal(_host.Time.GetUtcNow(), record.UpdatedAt);
    }

    [Fact]
    public async Task Nothing_is_saved_when_the_bot_throws()
    {
        var turn = Turn();

        await Assert.ThrowsAsync<InvalidOperationException>(() => _host.RunTurnAsync(turn, async (t, ct) =>
        {
            (await t.GetConversationState().GetAsync(t, ct))["half"] = "done";
            throw new InvalidOperationException("bug");
        }));

        Assert.Null(await _host.StoredStateAsync(ConversationKey));
    }

    [Fact]
    public async Task Deleting_state_removes_the_row_and_the_turn_then_saves_nothing_for_it()
    {
        await _host.RunTurnAsync(Turn(), async (turn, ct) => (await turn.GetConversationState().GetAsync(turn, ct))["dialogStack"] = "broken");

        await _host.RunTurnAsync(Turn(), async (turn, ct) =>
        {
            (await turn.GetConversationState().GetAsync(turn, ct))["more"] = "changes";
            await turn.GetConversationState().DeleteAsync(turn, ct);
        });

        Assert.Null(await _host.StoredStateAsync(ConversationKey));
    }

    [Fact]
    public async Task The_later_of_two_racing_turns_is_refused_instead_of_overwriting()
    {
        await _host.RunTurnAsync(Turn(), async (turn, ct) => (await turn.GetConversationState().GetAsync(turn, ct))["n"] = 0);

        var error = await Assert.ThrowsAsync<BotStateConflictException>(() => RaceAsync());

        Assert.Equal([ConversationKey], error.Keys);
        Assert.Equal("other", (string?)(await _host.StoredStateAsync(ConversationKey))?["by"]);
    }

    [Fact]
    public async Task The_second_of_two_turns_creating_the_same_state_is_refused()
    {
        var error = await Assert.ThrowsAsync<BotStateConflictException>(() => RaceAsync());

        Assert.IsType<DbUpdateException>(error.InnerException);
        Assert.Equal("other", (string?)(await _host.StoredStateAsync(ConversationKey))?["by"]);
    }

    /// <summary>A turn reads state; while it is still running, another turn of the same conversation
    /// reads, changes and saves it; then the first one changes it too and tries to save.</summary>
    private Task RaceAsync() => _host.RunTurnAsync(Turn(), async (turn, ct) =>
    {
        var state = await turn.GetConversationState().GetAsync(turn, ct);
        await _host.RunTurnAsync(Turn(), async (other, ct2) => (await other.GetConversationState().GetAsync(other, ct2))["by"] = "other");
        state["by"] = "late";
    });

    private static FakeTurnContext Turn() => new(Activities.Message("hi"));

    private async Task<BotApp.Data.Entities.BotStateRecord> RecordAsync()
    {
        await using var db = _host.Database.CreateContext();
        return await db.BotState.AsNoTracking().SingleAsync(x => x.Key == ConversationKey);
    }

    public void Dispose() => _host.Dispose();
}
