using System.Diagnostics;
using System.Text;
using BotApp.Bot.Commands;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Tests.Commands;

/// <summary>
/// `dotnet BotApp.Bot.dll import …` as a person runs it: Program's dispatch, configuration from the environment,
/// exit codes and printed reports, on the committed sample files and a temp database.
/// </summary>
public sealed class ImportCommandEndToEndTests : IDisposable
{
    private readonly ImportDatabase _database = new();
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("botapp-import-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_workDirectory, recursive: true);
    }

    [Fact]
    public async Task The_samples_import_then_a_bad_file_is_rejected_with_its_reasons_and_changes_nothing()
    {
        var customers = await RunAsync("import", "customers", Sample("customers.csv"));
        var bills = await RunAsync("import", "bills", Sample("bills-gbk.csv"), "--lang", "en");
        var again = await RunAsync("import", "bills", Sample("bills-gbk.csv"), "--encoding", "gbk", "--lang", "en");
        var bad = Path.Combine(_workDirectory, "bills-bad.csv");
        await File.WriteAllTextAsync(bad, "客户编码,账期,产品编码,收入\nC330281901,202610,MVPN,99\nC330281901,202610,VOIP,-1\n");
        var rejected = await RunAsync("import", "bills", bad);

        Assert.Equal((ImportCommand.Applied, ""), (customers.ExitCode, customers.Error));
        Assert.Contains("新增 6，更新 0，未变 0", customers.Output, StringComparison.Ordinal);
        Assert.Contains("bills-gbk.csv (GB18030, 25 rows): 25 inserted, 0 updated, 0 unchanged", bills.Output, StringComparison.Ordinal);
        Assert.Contains("(GBK, 25 rows): 0 inserted, 0 updated, 25 unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(ImportCommand.Rejected, rejected.ExitCode);
        Assert.Contains("第 3 行，列“产品编码”，值“VOIP”：系统中没有此产品编码", rejected.Output, StringComparison.Ordinal);
        Assert.Contains("第 3 行，列“收入”，值“-1”：不能为负数", rejected.Output, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(62_000m, await db.MonthlyBills.Where(b => b.Customer.Code == "C330281901" && b.Month == 202608 && b.Product.Code == "MVPN").Select(b => b.Revenue).SingleAsync());
        Assert.Equal(65_000.50m, await db.MonthlyBills.Where(b => b.Customer.Code == "C330281901" && b.Month == 202610 && b.Product.Code == "MVPN").Select(b => b.Revenue).SingleAsync());
    }

    [Fact]
    public async Task Wrong_arguments_print_the_usage_and_exit_2()
    {
        var result = await RunAsync("import", "invoices", Sample("customers.csv"), "--lang", "en");

        Assert.Equal(ImportCommand.UsageError, result.ExitCode);
        Assert.StartsWith("Usage: import <customers|agreements|bills|arrears>", result.Error, StringComparison.Ordinal);
    }

    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "Samples", file);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            Environment = { ["ConnectionStrings__Bot"] = _database.ConnectionString, ["DOTNET_ENVIRONMENT"] = "Production" },
        };
        start.ArgumentList.Add(typeof(ImportCommand).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
