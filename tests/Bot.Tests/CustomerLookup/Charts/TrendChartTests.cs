using BotApp.Bot.Features.CustomerLookup.Charts;

namespace BotApp.Bot.Tests.CustomerLookup.Charts;

public sealed class TrendChartTests
{
    private const int PlotTop = 4;
    private const int BaselineTop = TrendChart.Height - 4;

    private static readonly decimal[] Year = [120_000m, 98_000m, 134_000m, 0m, 87_000m, 156_000m, 143_000m, 99_000m, 121_000m, 80_000m, 150_000m, 110_000m];

    [Fact]
    public void Is_a_palette_png_of_the_chart_size_with_a_transparent_ground()
    {
        var png = PngFile.Read(TrendChart.RenderPng(Year, 11));

        Assert.Equal((TrendChart.Width, TrendChart.Height), (png.Width, png.Height));
        Assert.Equal(2, png.BitDepth);
        Assert.Equal(["IHDR", "PLTE", "tRNS", "IDAT", "IEND"], png.Chunks);
        Assert.Equal(0, png.Colour(0, 0).A);
    }

    [Fact]
    public void The_tallest_month_reaches_the_top_of_the_plot_in_bar_colour()
    {
        var png = PngFile.Read(TrendChart.RenderPng(Year, 11));

        var x = Middle(5);
        Assert.Equal(TrendChart.Bar, png.Index(x, PlotTop));
        Assert.Equal(TrendChart.Background, png.Index(x, PlotTop - 1));
        Assert.All(Enumerable.Range(0, 12).Where(m => m != 5), m => Assert.Equal(TrendChart.Background, png.Index(Middle(m), PlotTop)));
    }

    [Fact]
    public void Bars_are_proportional_to_the_largest_month()
    {
        var png = PngFile.Read(TrendChart.RenderPng([100m, 50m, 25m], 0));

        Assert.Equal(BaselineTop - PlotTop, BarHeight(png, Middle(0, 3)));
        Assert.Equal((BaselineTop - PlotTop) / 2, BarHeight(png, Middle(1, 3)));
        Assert.Equal((BaselineTop - PlotTop) / 4, BarHeight(png, Middle(2, 3)));
    }

    [Fact]
    public void Only_the_current_month_is_drawn_in_the_highlight_colour()
    {
        var png = PngFile.Read(TrendChart.RenderPng(Year, 11));

        Assert.Equal(TrendChart.Current, png.Index(Middle(11), BaselineTop - 1));
        Assert.All(Enumerable.Range(0, 11).Where(m => Year[m] > 0), m => Assert.Equal(TrendChart.Bar, png.Index(Middle(m), BaselineTop - 1)));
        var (r, g, b, a) = png.Colour(Middle(11), BaselineTop - 1);
        Assert.Equal(TrendChart.Palette[TrendChart.Current], new ChartColor(r, g, b, a));
    }

    [Fact]
    public void An_all_zero_year_draws_no_bars_but_still_marks_the_current_month_on_the_baseline()
    {
        var png = PngFile.Read(TrendChart.RenderPng(new decimal[12], 11));

        for (var y = 0; y < BaselineTop; y++)
            for (var x = 0; x < png.Width; x++)
                Assert.Equal(TrendChart.Background, png.Index(x, y));
        Assert.Equal(TrendChart.Baseline, png.Index(Middle(0), BaselineTop));
        Assert.Equal(TrendChart.Current, png.Index(Middle(11), BaselineTop));
    }

    [Fact]
    public void Negative_amounts_draw_like_zero()
    {
        decimal[] withCredit = [-5_000m, 10m, 20m];
        decimal[] withZero = [0m, 10m, 20m];

        Assert.Equal(TrendChart.RenderPng(withZero, 2), TrendChart.RenderPng(withCredit, 2));
        Assert.Equal(TrendChart.RenderPng(new decimal[3], 2), TrendChart.RenderPng([-1m, -2m, -3m], 2));
    }

    [Fact]
    public void A_tiny_month_next_to_a_huge_one_still_shows()
    {
        var png = PngFile.Read(TrendChart.RenderPng([decimal.MaxValue, 0.01m], 1));

        Assert.Equal(BaselineTop - PlotTop, BarHeight(png, Middle(0, 2)));
        Assert.Equal(2, BarHeight(png, Middle(1, 2)));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = TrendChart.RenderPng(Year, 11);
        var second = TrendChart.RenderPng(Year.ToList(), 11);

        Assert.Equal(first, second);
        Assert.NotEqual(first, TrendChart.RenderPng(Year, 10));
    }

    [Fact]
    public void A_busy_two_years_stays_well_inside_the_card_budget_as_a_data_uri()
    {
        var jagged = Enumerable.Range(0, TrendChart.MaxMonths).Select(i => (decimal)((i * 7919) % 997)).ToArray();

        var uri = TrendChart.RenderDataUri(jagged, TrendChart.MaxMonths - 1);

        Assert.StartsWith("data:image/png;base64,", uri, StringComparison.Ordinal);
        Assert.InRange(uri.Length, 1, TrendChart.MaxDataUriLength);
        var png = PngFile.Read(Convert.FromBase64String(uri[TrendChart.DataUriPrefix.Length..]));
        Assert.Equal(TrendChart.Width, png.Width);
    }

    [Fact]
    public void Rejects_no_months_too_many_months_and_a_current_month_outside_them()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendChart.RenderPng([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendChart.RenderPng(new decimal[TrendChart.MaxMonths + 1], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendChart.RenderPng(Year, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendChart.RenderPng(Year, -1));
    }

    private static int Middle(int month, int months = 12)
    {
        var (left, right) = TrendChart.BarSpan(month, months);
        return (left + right) / 2;
    }

    private static int BarHeight(PngFile png, int x) =>
        Enumerable.Range(0, BaselineTop).Count(y => png.Index(x, y) is TrendChart.Bar or TrendChart.Current);
}
