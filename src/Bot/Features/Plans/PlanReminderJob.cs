using BotApp.Bot.Notices;
using BotApp.Handlers.Plans;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// Every few minutes: overdue implementation tasks remind the support center and its lead (once per working day), and
/// plans ending within the reminder window remind their requester once (Handlers/Plans/SendPlanReminders).
/// </summary>
public sealed class PlanReminderJob(OutboxSignal outbox) : IPeriodicJob
{
    public string Name => "plan reminders";

    public TimeSpan Interval => TimeSpan.FromMinutes(5);

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        await scoped.GetRequiredService<ISender>().Send(new SendPlanReminders(), cancellationToken);
        outbox.Wake();
    }
}
