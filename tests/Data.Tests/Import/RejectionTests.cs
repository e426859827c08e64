using System.Text;
using BotApp.Data.Import;

namespace BotApp.Data.Tests.Import;

/// <summary>A file with anything wrong applies nothing, and the report says where and why, in Chinese or English.</summary>
public sealed class RejectionTests : IDisposable
{
    private const string Header = "客户编码,客户名称,行业,区域,客户经理,成员数";
    private readonly ImportWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task One_bad_row_among_good_ones_applies_nothing_and_the_report_names_line_column_value_and_reason()
    {
        await _world.ImportAsync(ImportKind.Customers, $"{Header}\nC330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1260");
        var before = await _world.DigestAsync();

        var result = await _world.ImportAsync(ImportKind.Customers, $"""
            {Header}
            C330281901,余姚市第一人民医院,医疗卫生,NB-YY,王芳,1300
            C330281902,余姚明湖光电科技有限公司,制造业,NB-YY,王芳,3580
            C330281903,余姚市教育局,教育,NB-YY,王芳,-3
            C330281904,余姚江南农村商业银行,金融,NB-YY,王芳,412
            """);

        Assert.False(result.Applied);
        Assert.Equal(before, await _world.DigestAsync());
        Assert.Equal("第 4 行，列“成员数”，值“-3”：不能为负数", ImportReport.Line(Assert.Single(result.Problems), ImportText.Chinese));
        Assert.Equal("line 4, column \"成员数\", value \"-3\": Must not be negative", ImportReport.Line(result.Problems[0], ImportText.English));
    }

    [Fact]
    public async Task The_whole_report_says_nothing_was_applied_in_either_language()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, $"{Header}\nC330281903,余姚市教育局,教育,NB-YY,王芳,-3");

        Assert.Equal("""
            客户文件 customers.csv 有 1 处问题，未导入任何数据：
              第 2 行，列“成员数”，值“-3”：不能为负数

            """.ReplaceLineEndings(), Report(result, ImportText.Chinese));
        Assert.StartsWith("Rejected customers.csv (customers): 1 problems, nothing from the file was applied:", Report(result, ImportText.English), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lines_are_counted_as_in_an_editor_when_a_quoted_value_spans_lines()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, $"{Header}\r\nC330281901,\"余姚市\r\n第一人民医院\",医疗卫生,NB-YY,王芳,1\r\n\r\nC330281902,明湖光电,制造业,NB-YY,王芳,x\r\n");

        Assert.Equal(5, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public async Task A_missing_required_column_is_reported_on_the_header_line_in_both_its_names()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, "客户编码,客户名称,行业,区域,客户经理\nC330281901,医院,医疗卫生,NB-YY,王芳");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, "成员数 / member_count", ImportReason.MissingColumn), (problem.Line, problem.Column, problem.Reason));
        Assert.False(result.Applied);
    }

    [Fact]
    public async Task The_same_column_under_its_Chinese_and_English_name_is_refused()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, $"{Header},customer_code\nC330281901,医院,医疗卫生,NB-YY,王芳,1,C330281901");

        Assert.Equal((1, "customer_code", ImportReason.DuplicateColumn), (result.Problems[0].Line, result.Problems[0].Column, result.Problems[0].Reason));
    }

    [Fact]
    public async Task A_row_with_too_few_fields_is_refused()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, $"{Header}\nC330281901,医院,医疗卫生,NB-YY,王芳");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, ImportReason.WrongFieldCount), (problem.Line, problem.Reason));
        Assert.Equal(["5", "6"], problem.Arguments);
    }

    [Fact]
    public async Task Rows_of_empty_cells_are_skipped_like_empty_lines()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, $"{Header}\nC330281901,医院,医疗卫生,NB-YY,王芳,1\n,,,,,\n\n , ,,,,\n");

        Assert.Equal((true, 1), (result.Applied, result.Rows));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, "");

        Assert.Equal(ImportReason.EmptyFile, Assert.Single(result.Problems).Reason);
    }

    [Fact]
    public async Task Bytes_that_are_not_the_declared_encoding_are_reported_on_their_line()
    {
        var bytes = Encoding.UTF8.GetBytes($"{Header}\nC330281901,医院,医疗卫生,NB-YY,王芳,1\n")
            .Concat(CsvEncoding.Gb18030.GetBytes("C330281902,明湖光电,制造业,NB-YY,王芳,1\n")).ToArray();

        var result = await _world.ImportAsync(ImportKind.Customers, new MemoryStream(bytes), CsvEncoding.Utf8);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, ImportReason.NotDecodable), (problem.Line, problem.Reason));
        Assert.Equal("第 3 行：该行不是有效的 UTF-8 文本（可用 --encoding 指定文件编码）", ImportReport.Line(problem, ImportText.Chinese));
    }

    [Fact]
    public async Task Unknown_columns_are_ignored_and_named_in_the_report()
    {
        var result = await _world.ImportAsync(ImportKind.Customers, $"{Header},备注\nC330281901,医院,医疗卫生,NB-YY,王芳,1,老客户");

        Assert.True(result.Applied);
        Assert.Equal(["备注"], result.IgnoredColumns);
        Assert.Contains("已忽略无法识别的列：备注", Report(result, ImportText.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_full_of_mistakes_keeps_the_first_thousand_problems_and_counts_all()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 1_500).Select(i => $"C33028{i:D4},客户{i},航天,NB-YY,王芳,1"));

        var result = await _world.ImportAsync(ImportKind.Customers, $"{Header}\n{rows}");

        Assert.Equal((1_500, ProblemSink.Kept), (result.ProblemCount, result.Problems.Count));
        Assert.EndsWith("……另有 500 处问题未列出。" + Environment.NewLine, Report(result, ImportText.Chinese), StringComparison.Ordinal);
    }

    private static string Report(ImportResult result, System.Globalization.CultureInfo culture)
    {
        using var output = new StringWriter();
        ImportReport.Write(result, "customers.csv", culture, output);
        return output.ToString();
    }
}
