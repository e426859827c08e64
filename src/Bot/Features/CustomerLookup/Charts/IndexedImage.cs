namespace BotApp.Bot.Features.CustomerLookup.Charts;

/// <summary>
/// A picture as palette indexes, one byte a pixel, starting all index 0: what an indexed PNG stores, and all
/// a chart of axis-aligned rectangles needs (no anti-aliasing, so the same input always gives the same pixels).
/// </summary>
public sealed class IndexedImage
{
    private readonly byte[] _pixels;

    public IndexedImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        _pixels = new byte[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public byte this[int x, int y] => _pixels[(y * Width) + x];

    public ReadOnlySpan<byte> Row(int y) => _pixels.AsSpan(y * Width, Width);

    /// <summary>Fills the half-open rectangle [x0, x1) × [y0, y1), clipped to the image.</summary>
    public void Fill(int x0, int y0, int x1, int y1, byte index)
    {
        x0 = Math.Max(x0, 0);
        y0 = Math.Max(y0, 0);
        x1 = Math.Min(x1, Width);
        y1 = Math.Min(y1, Height);
        for (var y = y0; y < y1 && x0 < x1; y++)
            _pixels.AsSpan((y * Width) + x0, x1 - x0).Fill(index);
    }
}
