using System.Text;

namespace BotApp.Data.Import;

/// <summary>
/// RFC 4180 records from text: comma separated, fields optionally in double quotes, "" for a quote inside
/// quotes, line breaks CRLF, LF or CR (also inside quoted fields). Our own rather than CsvHelper because the
/// rejection report needs the physical line a record starts on, and malformed quoting must come back as a
/// rejected row with its line, not as an exception that ends the read. Streams: one record in memory at a time.
/// </summary>
public sealed class CsvRecordReader(TextReader reader)
{
    private const int End = -1;
    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>The next record, or null at the end of the text.</summary>
    public CsvRecord? Read()
    {
        var start = _line;
        var next = reader.Read();
        if (next == End)
            return null;
        var fields = new List<string>();
        while (true)
        {
            _field.Clear();
            var (after, error) = next == '"' ? Quoted() : Unquoted(next);
            fields.Add(_field.ToString());
            if (error is not null)
            {
                SkipRestOfLine(after);
                return new CsvRecord(start, fields, error);
            }
            if (after == ',')
            {
                next = reader.Read();
                continue;
            }
            EndOfLine(after);
            return new CsvRecord(start, fields);
        }
    }

    /// <summary>Reads an unquoted field; returns the character that ended it (comma, line break or end).</summary>
    private (int After, ImportReason? Error) Unquoted(int next)
    {
        for (; next is not (',' or '\r' or '\n' or End); next = reader.Read())
        {
            if (next == '"')
                return (next, ImportReason.MalformedQuotes);
            _field.Append((char)next);
        }
        return (next, null);
    }

    private (int After, ImportReason? Error) Quoted()
    {
        while (true)
        {
            var next = reader.Read();
            if (next == End)
                return (End, ImportReason.UnclosedQuote);
            if (next == '"')
            {
                if (reader.Peek() != '"')
                    break;
                reader.Read();
            }
            else if (next is '\r' or '\n')
            {
                EndOfLine(next);
                next = '\n';
            }
            _field.Append((char)next);
        }
        var after = reader.Read();
        return after is ',' or '\r' or '\n' or End ? (after, null) : (after, ImportReason.MalformedQuotes);
    }

    /// <summary>Counts a line break, taking the LF of a CRLF with it.</summary>
    private void EndOfLine(int character)
    {
        if (character == End)
            return;
        if (character == '\r' && reader.Peek() == '\n')
            reader.Read();
        _line++;
    }

    private void SkipRestOfLine(int character)
    {
        while (character is not ('\r' or '\n' or End))
            character = reader.Read();
        EndOfLine(character);
    }
}
