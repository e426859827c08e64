using System.Threading.Channels;

namespace BotApp.Bot.Notices;

/// <summary>
/// Wakes the outbox dispatcher. Call <see cref="Wake"/> right after committing notices (a card action that decided a
/// plan), so they go out at once instead of at the next poll.
/// </summary>
public sealed class OutboxSignal
{
    // One pending wake is enough: the pass it starts reads everything committed before it.
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Returns at a wake or once <paramref name="timeout"/> passed; throws when <paramref name="cancellationToken"/> is cancelled.</summary>
    internal async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var poll = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, poll.Token);
        try
        {
            await _wakes.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a wake.
        }
    }
}
