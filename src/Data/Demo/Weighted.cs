namespace BotApp.Data.Demo;

/// <summary>A fixed list of choices with integer weights, picked in O(log n).</summary>
public sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly int[] _upTo;

    public Weighted(IEnumerable<(T Item, int Weight)> choices)
    {
        var list = choices.Where(c => c.Weight > 0).ToList();
        if (list.Count == 0)
            throw new ArgumentException("At least one choice needs a positive weight.", nameof(choices));
        _items = [.. list.Select(c => c.Item)];
        _upTo = new int[list.Count];
        var total = 0;
        for (var i = 0; i < list.Count; i++)
            _upTo[i] = total += list[i].Weight;
    }

    public T Pick(DemoRandom random)
    {
        var index = Array.BinarySearch(_upTo, random.Next(_upTo[^1]) + 1);
        return _items[index >= 0 ? index : ~index];
    }
}
