namespace BotApp.Data.Import;

/// <summary>One line of a rejection report: where (line, column), what (value) and why.</summary>
public sealed record RowProblem(int Line, string Column, string Value, ImportReason Reason, IReadOnlyList<string> Arguments);
