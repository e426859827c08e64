namespace BotApp.Data.Search;

/// <summary>A range of index keys, [From, To): all of them, or the bands a grade can be in (SearchBands).</summary>
internal readonly record struct KeyRange(long From, long To)
{
    public static KeyRange All { get; } = new(0, long.MaxValue);
}
