namespace BotApp.Bot.Notices;

/// <summary>
/// Work that runs on a timer (plan reminders), registered with
/// <see cref="NoticesServiceCollectionExtensions.AddPeriodicJob{TJob}"/> and run by <see cref="PeriodicJobs"/>.
/// </summary>
public interface IPeriodicJob
{
    /// <summary>For the logs.</summary>
    string Name { get; }

    /// <summary>Time between runs; the first run comes one interval after start.</summary>
    TimeSpan Interval { get; }

    /// <param name="scoped">The run's own DI scope: its DbContext, Mediator and so on.</param>
    Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken);
}
