using BotApp.Data;
using BotApp.Data.Import;

namespace BotApp.Bot.Commands;

/// <summary>
/// <c>import &lt;customers|agreements|bills|arrears&gt; &lt;file.csv&gt; [--encoding utf-8|gb18030|gbk] [--lang zh|en]</c>:
/// loads a BSS export into the store (docs/import.md). Exit codes: 0 applied, 1 rejected (nothing applied),
/// 2 wrong arguments or no such file.
/// </summary>
public static class ImportCommand
{
    public const int Applied = 0;
    public const int Rejected = 1;
    public const int UsageError = 2;

    /// <summary>
    /// From Program, with the arguments after "import". Same configuration sources as the web host (appsettings,
    /// user secrets, environment), so it writes the database the bot reads. Ctrl+C cancels and rolls back.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddBotData();
        using var host = builder.Build();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(args, host.Services, Console.Out, Console.Error, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The command on given services (BotDbContext, TimeProvider): the entry point a command dispatcher calls.</summary>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (ImportArguments.Parse(args, out var culture) is not { } arguments)
        {
            await error.WriteLineAsync(ImportText.Get("Usage", culture));
            return UsageError;
        }
        if (!File.Exists(arguments.Path))
        {
            await error.WriteLineAsync(ImportText.Get("Usage.FileNotFound", culture, arguments.Path));
            return UsageError;
        }

        await services.MigrateBotDatabaseAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var result = await CsvImporter.ImportAsync(scope.ServiceProvider.GetRequiredService<BotDbContext>(), arguments.Kind, arguments.Path,
            arguments.Encoding, scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
        ImportReport.Write(result, Path.GetFileName(arguments.Path), culture, output);
        return result.Applied ? Applied : Rejected;
    }
}
