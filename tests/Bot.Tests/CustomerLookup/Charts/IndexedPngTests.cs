using BotApp.Bot.Features.CustomerLookup.Charts;

namespace BotApp.Bot.Tests.CustomerLookup.Charts;

public sealed class IndexedPngTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(4, 2)]
    [InlineData(16, 4)]
    [InlineData(17, 8)]
    public void Round_trips_every_pixel_at_the_smallest_bit_depth_the_palette_fits(int colours, int bitDepth)
    {
        // An odd width, so the last byte of each row is only partly used.
        var image = new IndexedImage(13, 5);
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                image.Fill(x, y, x + 1, y + 1, (byte)(((x * 3) + y) % colours));
        var palette = Enumerable.Range(0, colours).Select(i => new ChartColor((byte)i, (byte)(255 - i), 7)).ToArray();

        var png = PngFile.Read(IndexedPng.Encode(image, palette));

        Assert.Equal(bitDepth, png.BitDepth);
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                Assert.Equal(image[x, y], png.Index(x, y));
        Assert.Equal((byte)(255 - 1), png.Palette[4]);
    }

    [Fact]
    public void Writes_no_transparency_chunk_for_an_opaque_palette()
    {
        var png = PngFile.Read(IndexedPng.Encode(new IndexedImage(3, 3), [new ChartColor(1, 2, 3)]));

        Assert.DoesNotContain("tRNS", png.Chunks);
        Assert.Equal((1, 2, 3, 255), png.Colour(2, 2));
    }

    [Fact]
    public void Fill_clips_to_the_image()
    {
        var image = new IndexedImage(4, 4);

        image.Fill(-10, 2, 99, 99, 1);

        Assert.Equal(0, image[3, 1]);
        Assert.Equal(1, image[0, 2]);
        Assert.Equal(1, image[3, 3]);
    }
}
