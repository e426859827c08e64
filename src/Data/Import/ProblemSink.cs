namespace BotApp.Data.Import;

/// <summary>
/// Collects the problems of one file. Validation goes on to the end so one run lists everything to fix, but only
/// the first <see cref="Kept"/> are kept: a file in the wrong format would otherwise hold one per field in memory.
/// </summary>
internal sealed class ProblemSink
{
    public const int Kept = 1_000;
    private readonly List<RowProblem> _problems = [];

    public int Count { get; private set; }
    public IReadOnlyList<RowProblem> Problems => _problems;

    public void Add(int line, string column, string value, ImportReason reason, params string[] args)
    {
        Count++;
        if (_problems.Count < Kept)
            _problems.Add(new RowProblem(line, column, value, reason, args));
    }
}
