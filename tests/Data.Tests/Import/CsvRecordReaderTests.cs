using BotApp.Data.Import;

namespace BotApp.Data.Tests.Import;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_empty_values()
    {
        var records = ReadAll("a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\n");

        Assert.Equal(["a", "b,c", "say \"hi\"", "", ""], Assert.Single(records).Fields);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Counts_lines_the_same_for_CRLF_LF_and_CR(string newline)
    {
        var records = ReadAll($"h1,h2{newline}1,2{newline}{newline}3,4");

        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
        Assert.True(records[2].IsBlank);
        Assert.Equal(["3", "4"], records[3].Fields);
    }

    [Fact]
    public void A_record_with_a_line_break_in_quotes_starts_on_its_first_line_and_the_next_record_counts_on()
    {
        var records = ReadAll("h1,h2\r\n1,\"two\r\nlines\"\r\n3,4\r\n");

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal("two\nlines", records[1].Fields[1]);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error_on_that_line_and_reading_goes_on()
    {
        var records = ReadAll("h\n5\" pipe,x\nok\n");

        Assert.Equal((2, ImportReason.MalformedQuotes), (records[1].Line, records[1].Error));
        Assert.Equal((3, null), (records[2].Line, records[2].Error));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var record = ReadAll("\"abc\"def,1\n").Single();

        Assert.Equal(ImportReason.MalformedQuotes, record.Error);
    }

    [Fact]
    public void A_quote_never_closed_is_reported_on_the_line_it_opened()
    {
        var records = ReadAll("h\n1\n\"open,\n2\n3\n");

        Assert.Equal((3, ImportReason.UnclosedQuote), (records[^1].Line, records[^1].Error));
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public void No_trailing_line_break_still_ends_the_last_record()
    {
        var records = ReadAll("a,b\nc,d");

        Assert.Equal(["c", "d"], records[1].Fields);
    }

    private static List<CsvRecord> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<CsvRecord>();
        while (reader.Read() is { } record)
            records.Add(record);
        return records;
    }
}
