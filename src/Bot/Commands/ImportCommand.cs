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

    /// <summary>Registered in <see cref="BotCommands"/>: the host there gives the app's configuration and data services.</summary>
    public static Task<int> RunAsync(CommandContext context) =>
        RunAsync(context.Args, context.Services, context.Output, context.Error, context.CancellationToken);

    /// <summary>The command on given services (BotDbContext, TimeProvider).</summary>
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
