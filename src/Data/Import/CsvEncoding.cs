using System.Text;

namespace BotApp.Data.Import;

/// <summary>
/// The text encoding of a CSV file. BSS and Excel exports in China are UTF-8 (often with a BOM) or GBK; GB18030
/// is GBK's superset and China's mandatory standard, so it decodes both. Detection: a UTF-8 BOM → UTF-8; bytes
/// that are valid UTF-8 throughout → UTF-8; otherwise GB18030. Both decoders throw on invalid bytes, so a file in
/// any other encoding is rejected at the line where it breaks instead of importing mojibake.
/// </summary>
public static class CsvEncoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>With a preamble, so StreamReader skips a BOM when there is one (it does not require one).</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public static Encoding Gb18030 { get; } = Strict("GB18030");

    /// <summary>A name from --encoding: utf-8/utf8, gb18030, gbk/gb2312/cp936; null for anything else.</summary>
    public static Encoding? FromName(string name) => name.Trim().ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" => Utf8,
        "GB18030" => Gb18030,
        "GBK" or "GB2312" or "CP936" or "936" => Strict("GBK"),
        _ => null,
    };

    /// <summary>The name people know the encoding by, for the report.</summary>
    public static string DisplayName(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        54936 => "GB18030",
        936 => "GBK",
        _ => encoding.WebName,
    };

    /// <summary>Reads the stream once to decide, then puts it back at the start.</summary>
    public static async Task<Encoding> DetectAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var buffer = new byte[64 * 1024];
        var read = await stream.ReadAtLeastAsync(buffer, Utf8Bom.Length, throwOnEndOfStream: false, cancellationToken);
        var encoding = buffer.AsSpan(0, read).StartsWith(Utf8Bom) || await IsUtf8Async(stream, buffer, read, cancellationToken) ? Utf8 : Gb18030;
        stream.Position = start;
        return encoding;
    }

    /// <summary>
    /// The line (1-based) holding the first bytes <paramref name="encoding"/> cannot decode; the error path only, so
    /// reading the whole file again is fine. LF and CR never occur inside a UTF-8 or GB18030 character.
    /// </summary>
    public static int LineOfFirstInvalidByte(Stream stream, Encoding encoding)
    {
        stream.Position = 0;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        var end = bytes.Length;
        try
        {
            encoding.GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            end = Math.Clamp(e.Index, 0, bytes.Length);
        }
        var line = 1;
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')))
                line++;
        }
        return line;
    }

    private static async Task<bool> IsUtf8Async(Stream stream, byte[] buffer, int read, CancellationToken cancellationToken)
    {
        // A decoder keeps a sequence split across two buffers; flush at the end catches one cut off by the end of the file.
        var decoder = Utf8.GetDecoder();
        var chars = new char[Utf8.GetMaxCharCount(buffer.Length)];
        try
        {
            for (; read > 0; read = await stream.ReadAsync(buffer, cancellationToken))
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>GB18030 and GBK come from the code-pages provider (in the shared framework); registering it twice is harmless.</summary>
    private static Encoding Strict(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
