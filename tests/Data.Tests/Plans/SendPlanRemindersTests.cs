using System.Text.Json.Nodes;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

public sealed class SendPlanRemindersTests : IDisposable
{
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task An_overdue_task_reminds_the_support_center_and_its_lead_once_per_working_day()
    {
        _world.ChatWith(_world.Support[0], _world.Support[1], _world.SupportLead, _world.YuyaoLead);
        await ApprovedAsync();                                   // Monday 10:00: due Tuesday 10:00
        _world.Clock.Advance(TimeSpan.FromHours(23));

        var notYet = await _world.RemindAsync();
        _world.Clock.Advance(TimeSpan.FromHours(2));             // Tuesday 11:00
        var first = await _world.RemindAsync();
        _world.Clock.Advance(TimeSpan.FromHours(5));
        var again = await _world.RemindAsync();
        _world.Clock.Advance(TimeSpan.FromDays(1));              // Wednesday
        var nextDay = await _world.RemindAsync();

        Assert.Equal((0, 0), (notYet.OverdueTasks, notYet.NoticesQueued));
        Assert.Equal((1, 3), (first.OverdueTasks, first.NoticesQueued));
        Assert.Equal((0, 0), (again.OverdueTasks, again.NoticesQueued));
        Assert.Equal((1, 3), (nextDay.OverdueTasks, nextDay.NoticesQueued));
        var overdue = (await _world.OutboxAsync()).Where(r => (string?)JsonNode.Parse(r.PayloadJson)!["kind"] == PlanNotices.TaskOverdue).ToList();
        Assert.Equal(3, overdue.Select(r => r.ConversationReference.ConversationId).Distinct().Count());
        Assert.DoesNotContain(overdue, r => r.ConversationReference.ConversationId == $"conv-{_world.YuyaoLead.Id}");
    }

    [Fact]
    public async Task No_overdue_reminders_go_out_on_a_day_off()
    {
        _world.ChatWith(_world.Support[0]);
        _world.SetNow(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)));
        await ApprovedAsync();                                   // Friday: due Monday 10:00
        _world.Options.Holidays = [new(2026, 11, 30)];           // …and Monday becomes a holiday after the due time was set
        _world.SetNow(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.FromHours(8)));

        var holiday = await _world.RemindAsync();
        _world.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, holiday.OverdueTasks);
        Assert.Equal(1, (await _world.RemindAsync()).OverdueTasks);
    }

    [Fact]
    public async Task The_requester_is_reminded_once_when_the_concession_ends_within_30_days()
    {
        _world.ChatWith(_world.Wang);
        var approved = await ApprovedAsync(months: 2);
        await _world.CompleteAsync(_world.Support[0], approved);    // in force 2026-11-23 to 2027-01-22
        _world.SetNow(new DateTimeOffset(2026, 12, 22, 12, 0, 0, TimeSpan.FromHours(8)));

        var early = await _world.RemindAsync();                     // 31 days before the end
        _world.Clock.Advance(TimeSpan.FromDays(1));
        var due = await _world.RemindAsync();                       // 30 days before
        var again = await _world.RemindAsync();

        Assert.Equal((0, 1, 0), (early.ExpiringPlans, due.ExpiringPlans, again.ExpiringPlans));
        var row = Assert.Single(await _world.OutboxAsync(), r => (string?)JsonNode.Parse(r.PayloadJson)!["kind"] == PlanNotices.Expiring);
        Assert.Equal($"conv-{_world.Wang.Id}", row.ConversationReference.ConversationId);
    }

    private async Task<PlanView> ApprovedAsync(int months = 12)
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms(months: months));
        return await _world.DecidedAsync(_world.Approver, plan);
    }
}
