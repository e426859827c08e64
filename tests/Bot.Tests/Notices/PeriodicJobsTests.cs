using System.Threading.Channels;
using BotApp.Bot.Notices;
using BotApp.Bot.Tests.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.Notices;

public sealed class PeriodicJobsTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Runs_a_job_once_per_interval_each_time_in_a_new_scope()
    {
        var (jobs, time, _) = Start(out var job, out _);

        time.Advance(TimeSpan.FromMinutes(5));
        var first = await job.NextRunAsync();
        time.Advance(TimeSpan.FromMinutes(4));
        time.Advance(TimeSpan.FromMinutes(1));
        var second = await job.NextRunAsync();
        await jobs.StopAsync(CancellationToken.None);

        Assert.Equal(StartTime + TimeSpan.FromMinutes(5), first.At);
        Assert.Equal(StartTime + TimeSpan.FromMinutes(10), second.At);
        Assert.NotSame(first.Scope, second.Scope);
    }

    [Fact]
    public async Task A_job_that_throws_is_logged_and_runs_again_at_its_next_tick_while_others_carry_on()
    {
        var (jobs, time, logs) = Start(out var steady, out var throwing);

        time.Advance(Interval);
        await steady.NextRunAsync();
        await throwing.NextRunAsync();
        time.Advance(Interval);
        await steady.NextRunAsync();
        await throwing.NextRunAsync();
        await jobs.StopAsync(CancellationToken.None);

        Assert.Equal(2, throwing.Runs);
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Error && line.Message.Contains("flaky", StringComparison.Ordinal));
    }

    private static readonly DateTimeOffset StartTime = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    private static (PeriodicJobs Jobs, FakeTimeProvider Time, RecordingLoggerProvider Logs) Start(out RecordingJob steady, out RecordingJob throwing)
    {
        var time = new FakeTimeProvider(StartTime);
        var logs = new RecordingLoggerProvider();
        steady = new RecordingJob("steady", time, fail: false);
        throwing = new RecordingJob("flaky", time, fail: true);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddScoped<ScopeMarker>()
            .AddSingleton<IPeriodicJob>(steady)
            .AddSingleton<IPeriodicJob>(throwing)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<PeriodicJobs>()
            .BuildServiceProvider();
        var jobs = services.GetRequiredService<PeriodicJobs>();
        jobs.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        return (jobs, time, logs);
    }

    private sealed class ScopeMarker;

    private sealed class RecordingJob(string name, TimeProvider time, bool fail) : IPeriodicJob
    {
        private readonly Channel<(DateTimeOffset At, object Scope)> _runs = Channel.CreateUnbounded<(DateTimeOffset, object)>();
        private int _runCount;

        public string Name => name;

        public TimeSpan Interval => PeriodicJobsTests.Interval;

        public int Runs => Volatile.Read(ref _runCount);

        public Task<(DateTimeOffset At, object Scope)> NextRunAsync() => _runs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        public Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runCount);
            _runs.Writer.TryWrite((time.GetUtcNow(), scoped.GetRequiredService<ScopeMarker>()));
            return fail ? throw new InvalidOperationException($"{name} broke") : Task.CompletedTask;
        }
    }
}
