namespace BotApp.SearchBench;

/// <summary>Milliseconds per query of one class; percentiles by nearest rank.</summary>
internal sealed class Percentiles(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly List<(double Milliseconds, string Query)> _queries = [];

    public string Name { get; } = name;

    public int LowerBounds { get; set; }

    public void Add(TimeSpan elapsed, string query = "")
    {
        _milliseconds.Add(elapsed.TotalMilliseconds);
        _queries.Add((elapsed.TotalMilliseconds, query));
    }

    public string Slowest(int count) =>
        string.Join(", ", _queries.OrderByDescending(q => q.Milliseconds).Take(count).Select(q => $"\"{q.Query}\" {q.Milliseconds:F1}"));

    public double At(double percentile)
    {
        _milliseconds.Sort();
        return _milliseconds[Math.Clamp((int)Math.Ceiling(percentile / 100 * _milliseconds.Count) - 1, 0, _milliseconds.Count - 1)];
    }

    public string Row(double floorP50) =>
        $"| {Name} | {_milliseconds.Count} | {At(50):F2} | {At(99):F2} | {At(100):F2} | {At(50) / floorP50:F0}× | {LowerBounds} |";
}
