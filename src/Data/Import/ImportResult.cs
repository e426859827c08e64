using BotApp.Data.Writes;

namespace BotApp.Data.Import;

/// <summary>
/// What an import did: applied with counts, or rejected with its problems (the first ProblemSink.Kept of
/// <see cref="ProblemCount"/>) and nothing written.
/// </summary>
public sealed record ImportResult(
    ImportKind Kind,
    string Encoding,
    int Rows,
    UpsertCounts? Counts,
    IReadOnlyList<RowProblem> Problems,
    int ProblemCount,
    IReadOnlyList<string> IgnoredColumns)
{
    public bool Applied => Counts is not null;
}
