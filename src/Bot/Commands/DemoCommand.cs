using System.Globalization;
using BotApp.Bot.Demo;
using BotApp.Data;
using BotApp.Data.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Commands;

/// <summary><c>demo --customers N [--seed S]</c>: (re)creates the database of ConnectionStrings:Bot with N demo customers.</summary>
internal static class DemoCommand
{
    public const string Usage = "usage: dotnet run --project src/Bot -- demo --customers N [--seed S]\n" +
                                "  (re)creates the database of ConnectionStrings:Bot (default botapp.db) with N demo customers; stop the bot first.";

    public static async Task<int> RunAsync(CommandContext context)
    {
        var customers = Option(context.Args, "--customers");
        var seed = Option(context.Args, "--seed");
        if (customers is not (>= 0 and <= DemoSettings.MaxCustomers) || seed is -1)
        {
            await context.Error.WriteLineAsync(Usage);
            return 2;
        }
        var services = context.Services;
        var settings = new DemoSettings(customers.Value, seed ?? services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed);
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)
            ?? DataServiceCollectionExtensions.DefaultConnectionString;
        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Creating a demo database with {settings.Customers:N0} customers: {Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)}"));
        try
        {
            var summary = await DemoDatabaseFile.RecreateAsync(connectionString, settings, services.GetRequiredService<TimeProvider>(), new LineProgress(context.Output), context.CancellationToken);
            foreach (var line in summary.Describe())
                await context.Output.WriteLineAsync(line);
            return 0;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or SqliteException)
        {
            await context.Error.WriteLineAsync($"demo: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The integer after <paramref name="name"/> (or in name=value); null when absent, -1 when not a non-negative integer.</summary>
    private static int? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == name && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith(name + "=", StringComparison.Ordinal) ? args[i][(name.Length + 1)..]
                : null;
            if (value is not null)
                return int.TryParse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) && number >= 0 ? number : -1;
        }
        return null;
    }

    /// <summary>Writes progress lines as they come (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<string>
    {
        public void Report(string value) => output.WriteLine(value);
    }
}
