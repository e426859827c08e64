using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BotApp.Bot.Tests.CustomerLookup.Charts;

/// <summary>
/// A small PNG reader for the tests, written apart from the encoder: checks the signature, every chunk's CRC
/// (bitwise, not the encoder's table) and the chunk order, inflates IDAT and unpacks palette indexes.
/// Only what our charts use: colour type 3, no interlace, filter type 0 on every row.
/// </summary>
public sealed class PngFile
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[][] _rows;

    private PngFile(int width, int height, int bitDepth, byte[][] rows, byte[] palette, byte[] alpha, IReadOnlyList<string> chunks)
    {
        (Width, Height, BitDepth, _rows, Palette, Alpha, Chunks) = (width, height, bitDepth, rows, palette, alpha, chunks);
    }

    public int Width { get; }
    public int Height { get; }
    public int BitDepth { get; }
    public byte[] Palette { get; }
    public byte[] Alpha { get; }
    public IReadOnlyList<string> Chunks { get; }

    public byte Index(int x, int y) => _rows[y][x];

    /// <summary>RGBA of a pixel, as a viewer would show it.</summary>
    public (byte R, byte G, byte B, byte A) Colour(int x, int y)
    {
        var i = Index(x, y);
        return (Palette[3 * i], Palette[(3 * i) + 1], Palette[(3 * i) + 2], i < Alpha.Length ? Alpha[i] : (byte)255);
    }

    public static PngFile Read(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var chunks = new List<string>();
        byte[] header = [], palette = [], alpha = [];
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(BitwiseCrc(png.AsSpan(at + 4, 4 + length)), crc);
            chunks.Add(type);
            switch (type)
            {
                case "IHDR": header = data; break;
                case "PLTE": palette = data; break;
                case "tRNS": alpha = data; break;
                case "IDAT": idat.Write(data); break;
            }
            at += 12 + length;
        }
        Assert.Equal("IHDR", chunks[0]);
        Assert.Equal("IEND", chunks[^1]);
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        var bitDepth = header[8];
        Assert.Equal([3, 0, 0, 0], header[9..13]); // palette, deflate, adaptive filtering, no interlace
        var rows = Unpack(Inflate(idat.ToArray()), width, height, bitDepth);
        Assert.All(rows.SelectMany(r => r), index => Assert.True(3 * index < palette.Length, "index outside the palette"));
        return new PngFile(width, height, bitDepth, rows, palette, alpha, chunks);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var output = new MemoryStream();
        using (var inflater = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress))
            inflater.CopyTo(output);
        return output.ToArray();
    }

    private static byte[][] Unpack(byte[] scanlines, int width, int height, int bitDepth)
    {
        var stride = 1 + (((width * bitDepth) + 7) / 8);
        Assert.Equal(stride * height, scanlines.Length);
        var rows = new byte[height][];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, scanlines[y * stride]);
            rows[y] = new byte[width];
            for (var x = 0; x < width; x++)
            {
                var bit = x * bitDepth;
                var b = scanlines[(y * stride) + 1 + (bit / 8)];
                rows[y][x] = (byte)((b >> (8 - bitDepth - (bit % 8))) & ((1 << bitDepth) - 1));
            }
        }
        return rows;
    }

    private static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }
}
