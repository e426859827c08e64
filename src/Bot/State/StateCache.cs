using System.Collections.Concurrent;

namespace BotApp.Bot.State;

/// <summary>What a state document looked like when last read or written: its JSON and version (0 = no row yet).</summary>
internal sealed record StateSnapshot(string Json, int Version)
{
    public static readonly StateSnapshot Missing = new("{}", 0);
}

/// <summary>
/// State documents by storage key, kept in memory so an ordinary turn reads no state from the database.
/// Saves still go to the database first (write-through) with the version as concurrency token, so the
/// cache can never hide a race: a stale cached version makes the save fail and the entry is dropped.
/// One process owns the SQLite file, which is what makes an in-process cache authoritative (ADR-005).
/// </summary>
public sealed class StateCache(int capacity = StateCache.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    internal bool TryGet(string key, out StateSnapshot snapshot)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            snapshot = entry.Snapshot;
            return true;
        }
        snapshot = StateSnapshot.Missing;
        return false;
    }

    internal void Set(string key, StateSnapshot snapshot)
    {
        _entries[key] = new Entry(snapshot) { LastUsed = Interlocked.Increment(ref _clock) };
        if (_entries.Count > capacity)
            EvictLeastRecentlyUsed();
    }

    internal void Remove(string key) => _entries.TryRemove(key, out _);

    public int Count => _entries.Count;

    // Rare (only past capacity) and O(n): drop the least recently used tenth in one go.
    private void EvictLeastRecentlyUsed()
    {
        foreach (var (key, _) in _entries.OrderBy(e => e.Value.LastUsed).Take(Math.Max(1, capacity / 10)).ToList())
            _entries.TryRemove(key, out _);
    }

    private sealed class Entry(StateSnapshot snapshot)
    {
        public StateSnapshot Snapshot { get; } = snapshot;

        public long LastUsed { get; set; }
    }
}
