namespace BotApp.Bot.Features.CustomerLookup.Charts;

/// <summary>
/// The revenue trend on the customer card (issue 4, item 3): one bar a month, oldest on the left, the current
/// month in a stronger colour (its baseline too, so a month without revenue still shows where "now" is).
/// No text in the picture: servers may lack CJK fonts, and the card prints the labels. Same input, same bytes,
/// so a caller may cache by input. Why our own rasterizer and PNG writer: ADR-013.
/// </summary>
public static class TrendChart
{
    /// <summary>Drawn at twice the size the card shows (240 × 60), so it stays sharp on high-DPI screens.</summary>
    public const int Width = 480;
    public const int Height = 120;
    public const int MaxMonths = 24;
    public const string DataUriPrefix = "data:image/png;base64,";

    /// <summary>
    /// The base64 budget for the image. Teams does not send a message-extension result card over 28 KB
    /// (msteams-docs, messaging-extensions/build-bot-based-message-extension.md: "The result card size limit is
    /// 28 KB"); bot messages may be larger (format-your-bot-messages.md: 100 KB, formerly 40 KB), but the same
    /// card is shared both ways, so the chart keeps to a small share of the smaller limit.
    /// </summary>
    public const int MaxDataUriLength = 6 * 1024;

    public const byte Background = 0;
    public const byte Baseline = 1;
    public const byte Bar = 2;
    public const byte Current = 3;

    /// <summary>By index above. Transparent ground, so the card's own background (light or dark theme) shows.</summary>
    public static IReadOnlyList<ChartColor> Palette { get; } =
    [
        ChartColor.Transparent,
        new(0x9C, 0xA3, 0xAF),
        new(0xA7, 0xBE, 0xE6),
        new(0x25, 0x63, 0xEB),
    ];

    private const int Top = 4;
    private const int BaselineTop = Height - 4;
    private const int BaselineBottom = Height - 2;
    private const int PlotHeight = BaselineTop - Top;

    /// <param name="monthlyAmounts">Oldest first; negative amounts (credits) draw as zero.</param>
    /// <param name="currentIndex">The month to highlight, usually the last.</param>
    public static byte[] RenderPng(IReadOnlyList<decimal> monthlyAmounts, int currentIndex) =>
        IndexedPng.Encode(Draw(monthlyAmounts, currentIndex), Palette);

    /// <summary>For an Adaptive Card Image <c>url</c> (data URIs since card 1.2; Teams and Web Chat show them).</summary>
    public static string RenderDataUri(IReadOnlyList<decimal> monthlyAmounts, int currentIndex) =>
        DataUriPrefix + Convert.ToBase64String(RenderPng(monthlyAmounts, currentIndex));

    public static IndexedImage Draw(IReadOnlyList<decimal> monthlyAmounts, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(monthlyAmounts);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthlyAmounts.Count, 1, nameof(monthlyAmounts));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(monthlyAmounts.Count, MaxMonths, nameof(monthlyAmounts));
        ArgumentOutOfRangeException.ThrowIfNegative(currentIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(currentIndex, monthlyAmounts.Count);

        var image = new IndexedImage(Width, Height);
        image.Fill(0, BaselineTop, Width, BaselineBottom, Baseline);
        var months = monthlyAmounts.Count;
        var max = monthlyAmounts.Max(a => Math.Max(a, 0m));
        for (var i = 0; i < months; i++)
        {
            var (left, right) = BarSpan(i, months);
            var colour = i == currentIndex ? Current : Bar;
            if (i == currentIndex)
                image.Fill(left, BaselineTop, right, BaselineBottom, Current);
            if (BarHeight(monthlyAmounts[i], max) is var height and > 0)
                image.Fill(left, BaselineTop - height, right, BaselineTop, colour);
        }
        return image;
    }

    /// <summary>The bar's columns [left, right) inside its month's slot; 30 % of the slot is the gap between bars.</summary>
    public static (int Left, int Right) BarSpan(int month, int months)
    {
        var slotLeft = month * Width / months;
        var slotRight = (month + 1) * Width / months;
        var gap = Math.Max(2, (slotRight - slotLeft) * 3 / 10);
        return (slotLeft + (gap / 2), slotRight - (gap - (gap / 2)));
    }

    /// <summary>Pixels above the baseline: proportional to the largest month, at least 2 for any revenue at all.</summary>
    private static int BarHeight(decimal amount, decimal max)
    {
        if (amount <= 0 || max <= 0)
            return 0;
        var height = (int)Math.Round(amount / max * PlotHeight, MidpointRounding.AwayFromZero);
        return Math.Clamp(height, 2, PlotHeight);
    }
}
