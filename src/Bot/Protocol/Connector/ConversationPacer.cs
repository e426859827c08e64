using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// Keeps each conversation under Teams' per-thread limits (about 7 messages a second and 60 per 30 seconds,
/// digest §6.2) by making a sender wait for its slot, so bursts are spread out instead of drawing 429s.
/// </summary>
public sealed class ConversationPacer(IOptions<ConnectorOptions> options, TimeProvider time)
{
    private static TimeSpan OneSecond => TimeSpan.FromSeconds(1);
    private static TimeSpan Window => TimeSpan.FromSeconds(30);

    // Per conversation, the instants granted to recent sends, oldest first (at most one window's worth).
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _slots = new(StringComparer.Ordinal);
    private readonly Lock _sweepLock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    internal int TrackedConversations => _slots.Count;

    public async Task WaitTurnAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var wait = Reserve($"{serviceUrl}|{conversationId}");
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, cancellationToken);
    }

    /// <summary>Books the next free slot for this conversation and returns how long until it comes.</summary>
    internal TimeSpan Reserve(string conversation)
    {
        var now = time.GetUtcNow();
        ForgetIdle(now);
        var (perSecond, perWindow) = (options.Value.MessagesPerSecond, options.Value.MessagesPer30Seconds);
        var slots = _slots.GetOrAdd(conversation, _ => []);
        lock (slots)
        {
            // Never before an earlier sender still waiting, so the order of messages is kept.
            var at = slots.Count > 0 && slots[^1] > now ? slots[^1] : now;
            if (slots.Count >= perSecond)
                at = Later(at, slots[^perSecond] + OneSecond);
            if (slots.Count >= perWindow)
                at = Later(at, slots[^perWindow] + Window);
            slots.Add(at);
            if (slots.Count > Math.Max(perSecond, perWindow))
                slots.RemoveAt(0);
            return at - now;
        }
    }

    /// <summary>
    /// Drops conversations quiet for a whole window, at most once per window. A send racing the sweep may
    /// lose its history; the worst case is one 429, which the retry handler absorbs.
    /// </summary>
    private void ForgetIdle(DateTimeOffset now)
    {
        lock (_sweepLock)
        {
            if (now < _nextSweep)
                return;
            _nextSweep = now + Window;
        }
        foreach (var (conversation, slots) in _slots)
        {
            bool idle;
            lock (slots)
                idle = slots.Count == 0 || slots[^1] <= now - Window;
            if (idle)
                _slots.TryRemove(new KeyValuePair<string, List<DateTimeOffset>>(conversation, slots));
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
