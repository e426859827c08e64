using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.Connector;

/// <summary>
/// A fake clock that notes every timer the code under test starts, so a test can fire each wait as soon as
/// it begins: retries and pacing run instantly, and the test can still assert how long each wait was.
/// </summary>
public sealed class SteppingTime : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> _waits = [];

    public SteppingTime() : base(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every finite timer started so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
                return [.. _waits];
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_waits)
                _waits.Add(dueTime);
            _started.Writer.TryWrite(dueTime);
        }
        return timer;
    }

    /// <summary>Awaits <paramref name="operation"/>, advancing the clock past each timer it starts meanwhile.</summary>
    public async Task<T> RunAsync<T>(Task<T> operation)
    {
        while (true)
        {
            // WaitToRead, not Read: a read left pending when the operation wins would swallow a later call's timer.
            var started = _started.Reader.WaitToReadAsync().AsTask();
            var first = await Task.WhenAny(operation, started).WaitAsync(TimeSpan.FromSeconds(10));
            if (first == operation)
                return await operation;
            while (_started.Reader.TryRead(out var dueTime))
                Advance(dueTime);
        }
    }
}
