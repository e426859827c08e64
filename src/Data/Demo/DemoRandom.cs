namespace BotApp.Data.Demo;

/// <summary>
/// SplitMix64. Our own generator rather than System.Random, whose seeded sequence is an implementation detail:
/// the same seed must give the same database on every runtime. Only integer and IEEE arithmetic (no Log/Exp,
/// whose last bit may differ between platforms). One stream per customer (<see cref="For"/>), so adding a field to
/// one customer does not reshuffle every customer after it.
/// </summary>
public sealed class DemoRandom(ulong state)
{
    private ulong _state = state;

    public static DemoRandom For(int seed, string purpose, long index) =>
        new(Mix(Mix((ulong)seed ^ Fnv(purpose)) + (ulong)index));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>0 ≤ n &lt; max. The modulo bias is below 2^-30 for the small ranges used here.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public long NextLong(long minInclusive, long maxExclusive) =>
        maxExclusive <= minInclusive ? minInclusive : minInclusive + (long)(NextUInt64() % (ulong)(maxExclusive - minInclusive));

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
            hash = (hash ^ c) * 0x100000001B3UL;
        return hash;
    }
}
