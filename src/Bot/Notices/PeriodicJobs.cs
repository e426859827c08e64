namespace BotApp.Bot.Notices;

/// <summary>
/// Runs each <see cref="IPeriodicJob"/> every <see cref="IPeriodicJob.Interval"/> of <see cref="TimeProvider"/> time, each
/// run in its own DI scope. A run that throws is logged and the job runs again at its next tick. A run longer than the
/// interval swallows the ticks it overlapped (PeriodicTimer), so a job never runs twice at once.
/// </summary>
public sealed class PeriodicJobs(IEnumerable<IPeriodicJob> jobs, IServiceScopeFactory scopes, TimeProvider time, ILogger<PeriodicJobs> log)
    : BackgroundService
{
    private List<(IPeriodicJob Job, PeriodicTimer Timer)> _timers = [];

    /// <summary>The timers start here, before ExecuteAsync runs in the background, so the first tick counts from start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timers = [.. jobs.Select(job => (job, new PeriodicTimer(job.Interval, time)))];
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_timers.Select(t => RunEachTickAsync(t.Job, t.Timer, stoppingToken)));

    public override void Dispose()
    {
        foreach (var (_, timer) in _timers)
            timer.Dispose();
        base.Dispose();
    }

    private async Task RunEachTickAsync(IPeriodicJob job, PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await RunOnceAsync(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(IPeriodicJob job, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            log.LogError(exception, "Periodic job {Job} failed; it runs again in {Interval}", job.Name, job.Interval);
        }
    }
}
