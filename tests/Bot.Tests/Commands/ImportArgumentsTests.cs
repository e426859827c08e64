using BotApp.Bot.Commands;
using BotApp.Data.Import;

namespace BotApp.Bot.Tests.Commands;

public sealed class ImportArgumentsTests
{
    [Fact]
    public void Kind_and_file_with_options_in_either_form()
    {
        var arguments = ImportArguments.Parse(["Bills", "x.csv", "--encoding=GBK", "--lang", "en"], out var culture);

        Assert.Equal((ImportKind.Bills, "x.csv", 936, "en"), (arguments!.Kind, arguments.Path, arguments.Encoding!.CodePage, culture.Name));
    }

    [Fact]
    public void Without_options_the_encoding_is_detected_and_the_report_is_Chinese()
    {
        var arguments = ImportArguments.Parse(["customers", "x.csv"], out var culture);

        Assert.Equal((ImportKind.Customers, null, "zh-CN"), (arguments!.Kind, arguments.Encoding, culture.Name));
    }

    [Theory]
    [InlineData("invoices", "x.csv")]
    [InlineData("1", "x.csv")]
    [InlineData("customers")]
    [InlineData("customers", "x.csv", "y.csv")]
    [InlineData("customers", "x.csv", "--encoding", "latin1")]
    [InlineData("customers", "x.csv", "--encoding")]
    [InlineData("customers", "x.csv", "--force")]
    public void Anything_else_is_a_usage_error(params string[] args)
    {
        Assert.Null(ImportArguments.Parse(args, out _));
    }
}
