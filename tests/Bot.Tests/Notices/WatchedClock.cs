using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.Notices;

/// <summary>A fake clock that tells when code starts a timer of a given length: how a test knows a loop is waiting.</summary>
public sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero))
{
    private readonly ConcurrentDictionary<TimeSpan, TaskCompletionSource> _started = new();

    /// <summary>Completes once a timer due after <paramref name="dueTime"/> was started (now or earlier).</summary>
    public Task TimerStarted(TimeSpan dueTime) => Started(dueTime).Task.WaitAsync(TimeSpan.FromSeconds(10));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Started(dueTime).TrySetResult();
        return timer;
    }

    private TaskCompletionSource Started(TimeSpan dueTime) =>
        _started.GetOrAdd(dueTime, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
