namespace BotApp.Data.Import;

/// <summary>Where each known column is in a file, from its header line; unknown columns are ignored and listed.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<ImportColumn, (int Index, string Name)> _found = [];
    private readonly List<string> _ignored = [];

    private CsvHeader(int fieldCount) => FieldCount = fieldCount;

    public int FieldCount { get; }
    public IReadOnlyList<string> Ignored => _ignored;

    public static CsvHeader Read(CsvRecord record, IReadOnlyList<ImportColumn> columns, ProblemSink problems)
    {
        var header = new CsvHeader(record.Fields.Count);
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var name = record.Fields[i].Trim().TrimStart('\uFEFF');
            var column = columns.FirstOrDefault(c => c.Matches(name));
            if (column is null)
            {
                if (name.Length > 0)
                    header._ignored.Add(name);
            }
            else if (header._found.TryGetValue(column, out var first))
                problems.Add(record.Line, name, name, ImportReason.DuplicateColumn, first.Name);
            else
                header._found[column] = (i, name);
        }
        foreach (var missing in columns.Where(c => c.Required && !header._found.ContainsKey(c)))
            problems.Add(record.Line, missing.Display, "", ImportReason.MissingColumn);
        return header;
    }

    public bool Has(ImportColumn column) => _found.ContainsKey(column);

    /// <summary>The column's value in a record, or null when the file has no such column.</summary>
    public string? ValueIn(CsvRecord record, ImportColumn column) =>
        _found.TryGetValue(column, out var at) ? record.Fields[at.Index] : null;

    /// <summary>The column as the file names it, so the report points at what the person sees.</summary>
    public string NameOf(ImportColumn column) => _found.TryGetValue(column, out var at) ? at.Name : column.Display;
}
