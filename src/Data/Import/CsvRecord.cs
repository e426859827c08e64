namespace BotApp.Data.Import;

/// <summary>
/// One CSV record. <see cref="Line"/> is the line it starts on, counted as a person counts lines in an editor
/// (header = 1); a quoted field may carry line breaks, so a record can span several lines.
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, ImportReason? Error = null)
{
    /// <summary>
    /// An empty line, or one of only commas and spaces: skipped, not an error (editors leave empty lines at the end,
    /// Excel leaves rows of commas where cells were cleared).
    /// </summary>
    public bool IsBlank => Error is null && Fields.All(string.IsNullOrWhiteSpace);
}
