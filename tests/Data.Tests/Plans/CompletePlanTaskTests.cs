using BotApp.Data.Entities;
using BotApp.Handlers.Plans;

namespace BotApp.Data.Tests.Plans;

public sealed class CompletePlanTaskTests : IDisposable
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly PlanWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("2026-11-27T15:30", "2026-11-30T15:30")] // Friday → Monday
    [InlineData("2026-11-28T09:00", "2026-11-30T09:00")] // approved on a Saturday → Monday
    [InlineData("2026-09-30T17:45", "2026-10-08T17:45")] // before the National Day holidays → after them
    [InlineData("2026-10-09T11:00", "2026-10-10T11:00")] // Friday before a make-up Saturday → that Saturday
    public async Task The_implementation_task_is_due_the_next_working_day_at_the_same_time(string approvedAt, string dueAt)
    {
        _world.Options.Holidays = [new(2026, 10, 1), new(2026, 10, 2), new(2026, 10, 5), new(2026, 10, 6), new(2026, 10, 7)];
        _world.Options.MakeUpWorkdays = [new(2026, 10, 10)];
        _world.SetNow(Local(approvedAt));
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms());

        var approved = await _world.DecidedAsync(_world.Approver, plan);

        Assert.Equal(Local(dueAt), approved.CurrentStep?.DueAt);
    }

    [Fact]
    public async Task Marking_the_task_done_puts_the_plan_in_force_for_its_validity()
    {
        var approved = await ApprovedAsync(months: 12);

        var done = Assert.IsType<PlanStepOutcome.Decided>(await _world.CompleteAsync(_world.Support[1], approved, "已在BOSS配置")).Plan;

        Assert.Equal(PlanStatus.Implemented, done.Status);
        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2027, 11, 22)), (done.EffectiveOn, done.ExpiresOn));
        Assert.Equal((StepDecision.Completed, _world.Support[1].Name), (done.Steps[^1].Decision, done.Steps[^1].DecidedBy?.Name));
        Assert.Null(done.CurrentStepId);
        Assert.Single(await _world.AuditAsync(PlanAudit.Complete));
    }

    [Fact]
    public async Task The_concession_ends_the_day_before_the_same_date_months_later_in_the_configured_zone()
    {
        // 23:30 UTC on 30 November is already 1 December in Shanghai.
        var approved = await ApprovedAsync(months: 3);
        _world.SetNow(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));

        var done = Assert.IsType<PlanStepOutcome.Decided>(await _world.CompleteAsync(_world.Support[0], approved)).Plan;

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 28)), (done.EffectiveOn, done.ExpiresOn));
    }

    [Fact]
    public async Task Only_the_support_center_marks_it_done_and_only_once()
    {
        var approved = await ApprovedAsync(months: 12);

        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.CompleteAsync(_world.Approver, approved));
        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.CompleteAsync(_world.Wang, approved));
        Assert.IsType<PlanStepOutcome.NotAllowed>(await _world.DecideAsync(_world.Support[0], approved));
        Assert.IsType<PlanStepOutcome.Decided>(await _world.CompleteAsync(_world.Support[0], approved));
        Assert.Equal(_world.Support[0].Name, Assert.IsType<PlanStepOutcome.Stale>(await _world.CompleteAsync(_world.Support[1], approved)).Decision?.DecidedBy?.Name);
    }

    private async Task<PlanView> ApprovedAsync(int months)
    {
        var plan = await _world.FiledAsync(_world.Wang, _world.Terms(months: months));
        return await _world.DecidedAsync(_world.Approver, plan);
    }

    private static DateTimeOffset Local(string text) =>
        new(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), Shanghai);
}
