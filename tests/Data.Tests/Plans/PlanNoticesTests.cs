using System.Text.Json.Nodes;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

public sealed class PlanNoticesTests : IDisposable
{
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Nobody_who_never_chatted_with_the_bot_is_queued_anything()
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        await _world.DecidedAsync(_world.Approver, plan);

        Assert.Empty(await _world.OutboxAsync());
    }

    [Fact]
    public async Task Filing_tells_each_approver_of_the_first_step_who_chats_with_the_bot()
    {
        _world.ChatWith(_world.Approvers[0], _world.Approvers[2], _world.Leadership);

        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        var rows = await _world.OutboxAsync();
        Assert.Equal([$"conv-{_world.Approvers[0].Id}", $"conv-{_world.Approvers[2].Id}"], rows.Select(r => r.ConversationReference.ConversationId));
        Assert.All(rows, row => Assert.Equal($"plan:{plan.Id}:step:{plan.CurrentStepId}:toApprove", row.SourceKey));
        var payload = JsonNode.Parse(rows[0].PayloadJson)!;
        Assert.Equal(PlanNotices.ToApprove, (string?)payload["kind"]);
        Assert.Equal(plan.Id, (long?)payload["data"]!["planId"]);
        Assert.Equal(plan.CurrentStepId, (long?)payload["data"]!["stepId"]);
    }

    [Fact]
    public async Task Each_decision_tells_the_requester_on_the_plans_card_and_the_next_people_to_act()
    {
        _world.ChatWith(_world.Wang, _world.Support[0], _world.Leadership);
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms(discount: 30m, revenue: 7_000m));

        var escalated = await _world.DecidedAsync(_world.Approver, plan);
        var approved = await _world.DecidedAsync(_world.Leadership, escalated);
        await _world.CompleteAsync(_world.Support[0], approved);

        var rows = (await _world.OutboxAsync()).Select(r => (Kind: (string?)JsonNode.Parse(r.PayloadJson)!["kind"], r.ConversationReference.ConversationId, r.CardKey)).ToList();
        Assert.Equal(
        [
            (PlanNotices.Decided, $"conv-{_world.Wang.Id}", $"plan:{plan.Id}"),
            (PlanNotices.ToApprove, $"conv-{_world.Leadership.Id}", null),
            (PlanNotices.Decided, $"conv-{_world.Wang.Id}", $"plan:{plan.Id}"),
            (PlanNotices.Task, $"conv-{_world.Support[0].Id}", null),
            (PlanNotices.Implemented, $"conv-{_world.Wang.Id}", $"plan:{plan.Id}"),
        ], rows);
    }

    [Fact]
    public async Task A_refused_decision_queues_nothing()
    {
        _world.ChatWith(_world.Wang);
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());
        await _world.DecidedAsync(_world.Approver, plan);

        await _world.DecideAsync(_world.Approvers[1], plan, PlanDecision.Reject, "不同意");
        await _world.DecideAsync(_world.Approvers[1], plan, PlanDecision.Reject);

        Assert.Single(await _world.OutboxAsync());
    }
}
