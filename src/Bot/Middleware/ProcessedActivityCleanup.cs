using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Middleware;

/// <summary>Forgets duplicate-suppression claims after a day; channels retry within seconds.</summary>
public sealed class ProcessedActivityCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ProcessedActivityCleanup> log) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Cleaning processed activities failed; will retry next hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var cutoff = clock.GetUtcNow() - Retention;
        return await db.ProcessedActivities.Where(p => p.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
