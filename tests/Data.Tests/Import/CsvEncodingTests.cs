using System.Text;
using BotApp.Data.Import;

namespace BotApp.Data.Tests.Import;

public sealed class CsvEncodingTests
{
    private const string Chinese = "客户编码,客户名称\nC330281901,余姚市第一人民医院\n";

    [Fact]
    public async Task A_BOM_means_UTF8()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Chinese)).ToArray();

        Assert.Equal("UTF-8", await DetectAsync(bytes));
    }

    [Fact]
    public async Task Valid_UTF8_without_a_BOM_is_UTF8()
    {
        Assert.Equal("UTF-8", await DetectAsync(Encoding.UTF8.GetBytes(Chinese)));
    }

    [Fact]
    public async Task GBK_bytes_are_read_as_GB18030()
    {
        Assert.Equal("GB18030", await DetectAsync(CsvEncoding.Gb18030.GetBytes(Chinese)));
    }

    [Fact]
    public async Task Detection_reads_past_the_first_buffer_and_sees_GBK_late_in_the_file()
    {
        var ascii = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("C330281901,202610,MVPN,100.00\n", 5_000)));
        var bytes = ascii.Concat(CsvEncoding.Gb18030.GetBytes("C330281901,202610,MVPN,一百\n")).ToArray();

        Assert.Equal("GB18030", await DetectAsync(bytes));
    }

    [Fact]
    public async Task A_UTF8_character_split_by_the_read_buffer_is_still_UTF8()
    {
        // 64 KiB - 1 ASCII bytes put the three bytes of 余 across the first buffer's end.
        var bytes = Enumerable.Repeat((byte)'a', (64 * 1024) - 1).Concat(Encoding.UTF8.GetBytes("余姚")).ToArray();

        Assert.Equal("UTF-8", await DetectAsync(bytes));
    }

    [Fact]
    public async Task Detection_leaves_the_stream_at_its_start()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Chinese));

        await CsvEncoding.DetectAsync(stream, CancellationToken.None);

        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("utf-8", 65001)]
    [InlineData("UTF8", 65001)]
    [InlineData("gb18030", 54936)]
    [InlineData("gbk", 936)]
    [InlineData("GB2312", 936)]
    public void Names_for_the_encoding_option(string name, int codePage)
    {
        Assert.Equal(codePage, CsvEncoding.FromName(name)?.CodePage);
    }

    [Fact]
    public void An_unknown_name_is_refused()
    {
        Assert.Null(CsvEncoding.FromName("latin1"));
    }

    [Fact]
    public void The_line_of_the_first_undecodable_bytes_is_found()
    {
        var bytes = Encoding.UTF8.GetBytes("a\r\nb\nc\n").Concat(new byte[] { (byte)'d', 0xFF, (byte)'\n' }).ToArray();

        Assert.Equal(4, CsvEncoding.LineOfFirstInvalidByte(new MemoryStream(bytes), CsvEncoding.Utf8));
    }

    private static async Task<string> DetectAsync(byte[] bytes)
    {
        await using var stream = new MemoryStream(bytes);
        return CsvEncoding.DisplayName(await CsvEncoding.DetectAsync(stream, CancellationToken.None));
    }
}
