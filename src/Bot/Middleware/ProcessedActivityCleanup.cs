using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Middleware;

/// <summary>Forgets duplicate-suppression claims once they are older than the window, in memory and in the store.</summary>
public sealed class ProcessedActivityCleanup(ProcessedActivities processed, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ProcessedActivityCleanup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Cleaning processed activities failed; will retry in a minute");
            }
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        processed.Prune();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var cutoff = clock.GetUtcNow() - ProcessedActivities.Window;
        return await db.ProcessedActivities.Where(p => p.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
