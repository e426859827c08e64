namespace BotApp.Data.Import;

/// <summary>One data row being validated: reads cells by column and records every problem with its line and column.</summary>
internal sealed class ImportRow(CsvRecord record, CsvHeader header, ProblemSink problems)
{
    /// <summary>Free text longer than this is a mistake in the export (a shifted column), not a name.</summary>
    public const int DefaultMaxLength = 200;

    public int Line => record.Line;

    /// <summary>True once any cell of this row was rejected; the row then produces no entity.</summary>
    public bool Failed { get; private set; }

    /// <summary>The cell as the file has it, trimmed; "" when empty or when the file has no such column.</summary>
    public string Raw(ImportColumn column) => header.ValueIn(record, column)?.Trim() ?? "";

    public string? Required(ImportColumn column, int maxLength = DefaultMaxLength)
    {
        var text = Raw(column);
        if (text.Length > 0)
            return Checked(column, text, maxLength);
        Reject(column, text, ImportReason.Required);
        return null;
    }

    /// <summary>Null when the cell is empty (or the column absent).</summary>
    public string? Optional(ImportColumn column, int maxLength = DefaultMaxLength)
    {
        var text = Raw(column);
        return text.Length == 0 ? null : Checked(column, text, maxLength);
    }

    public T? Value<T>(ImportColumn column, FieldParser<T> parse, bool required = true)
        where T : struct
    {
        var text = required ? Required(column) : Optional(column);
        if (text is null)
            return null;
        if (parse(text, out var value, out var reason))
            return value;
        Reject(column, text, reason);
        return null;
    }

    public void Reject(ImportColumn column, string value, ImportReason reason, params string[] args)
    {
        Failed = true;
        problems.Add(Line, header.NameOf(column), value, reason, args);
    }

    private string? Checked(ImportColumn column, string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        Reject(column, text, ImportReason.TooLong, maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }
}
