using BotApp.Bot.Commands;
using BotApp.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"botapp-command-{Guid.NewGuid():N}.db");
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }

    [Fact]
    public async Task Demo_creates_the_database_of_the_connection_string_with_the_customers_asked_for_and_says_what_it_did()
    {
        var exitCode = await RunAsync("demo", "--customers", "40", "--ConnectionStrings:Bot", $"Data Source={_path}");

        Assert.Equal(0, exitCode);
        await using var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options);
        Assert.Equal(40, await db.GroupCustomers.CountAsync());
        Assert.Contains("customers 40,", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("total", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("demo", "--customers", "many")]
    [InlineData("demo", "--customers", "-5")]
    [InlineData("demo", "--customers", "10", "--seed", "x")]
    public async Task Demo_without_a_valid_customer_count_prints_the_usage_and_fails(params string[] args)
    {
        var exitCode = await RunAsync([.. args, "--ConnectionStrings:Bot", $"Data Source={_path}"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage:", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_path));
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("serve")]
    public async Task Arguments_that_name_no_command_leave_it_to_the_bot(params string[] args)
    {
        Assert.Null(await RunAsync(args));
    }

    private Task<int?> RunAsync(params string[] args) => BotCommands.RunAsync(args, _output, _error, CancellationToken.None);
}
