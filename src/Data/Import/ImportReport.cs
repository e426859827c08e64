using System.Globalization;

namespace BotApp.Data.Import;

/// <summary>
/// The text a person reads after an import: counts when it was applied; otherwise one line per problem — line,
/// column as the file names it, value, reason — in Chinese or English.
/// </summary>
public static class ImportReport
{
    public static void Write(ImportResult result, string fileName, CultureInfo culture, TextWriter output)
    {
        var kind = ImportText.Get($"Report.Kind.{result.Kind}", culture);
        if (result.Counts is { } counts)
        {
            output.WriteLine(ImportText.Get("Report.Imported", culture, kind, fileName, result.Encoding, result.Rows, counts.Inserted, counts.Updated, counts.Unchanged));
        }
        else
        {
            output.WriteLine(ImportText.Get("Report.Rejected", culture, kind, fileName, result.ProblemCount));
            foreach (var problem in result.Problems)
                output.WriteLine("  " + Line(problem, culture));
            if (result.ProblemCount > result.Problems.Count)
                output.WriteLine("  " + ImportText.Get("Report.MoreProblems", culture, result.ProblemCount - result.Problems.Count));
        }
        if (result.IgnoredColumns.Count > 0)
            output.WriteLine(ImportText.Get("Report.IgnoredColumns", culture, string.Join(", ", result.IgnoredColumns)));
    }

    /// <summary>Problems of the file as a whole (encoding, quoting, field count) have no column or value to show.</summary>
    public static string Line(RowProblem problem, CultureInfo culture)
    {
        var reason = ImportText.Reason(problem.Reason, culture, problem.Arguments);
        return problem.Column.Length == 0
            ? ImportText.Get("Report.LineProblem", culture, problem.Line, reason)
            : ImportText.Get("Report.Problem", culture, problem.Line, problem.Column, problem.Value, reason);
    }
}
