using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// When a plan was created and submitted and, once implemented, when its concession runs. Open plans are days old;
/// implemented ones up to two years, so their expiry dates spread around today; a concession already over is Expired.
/// </summary>
public static class DemoPlanTimeline
{
    public static void Apply(DemoCalendar calendar, PersonalisedPlan plan, bool expiringSoon, DemoRandom random)
    {
        var implemented = plan.Status == PlanStatus.Implemented;
        if (expiringSoon)
        {
            // Ends within the 30-day plan-expiry alert window.
            plan.EffectiveOn = calendar.Today.AddMonths(-plan.ValidityMonths).AddDays(random.Next(5, 26));
            plan.CreatedAt = Instant(plan.EffectiveOn.Value.AddDays(-5), hour: 10);
        }
        else if (implemented)
        {
            plan.CreatedAt = calendar.Now.AddDays(-random.Next(20, 700));
            plan.EffectiveOn = DateOnly.FromDateTime(plan.CreatedAt.ToOffset(Shanghai).Date).AddDays(3);
        }
        else
        {
            plan.CreatedAt = calendar.Now.AddMinutes(-random.Next(120, 20 * 24 * 60));
        }

        plan.SubmittedAt = plan.Status == PlanStatus.Draft ? null : plan.CreatedAt.AddMinutes(30);
        if (plan.EffectiveOn is { } effectiveOn)
        {
            plan.ExpiresOn = effectiveOn.AddMonths(plan.ValidityMonths).AddDays(-1);
            if (plan.ExpiresOn < calendar.Today)
                plan.Status = PlanStatus.Expired;
        }
    }

    /// <summary>Decisions on an implemented plan happen before it takes effect; on an open one, before now.</summary>
    public static DateTimeOffset DecisionsEnd(DemoCalendar calendar, PersonalisedPlan plan) =>
        plan.EffectiveOn is { } effectiveOn ? Instant(effectiveOn, hour: 9) : calendar.Now;

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static DateTimeOffset Instant(DateOnly day, int hour) => new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), Shanghai).ToUniversalTime();
}
