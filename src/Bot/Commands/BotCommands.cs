namespace BotApp.Bot.Commands;

/// <summary>
/// Commands the bot's executable runs instead of the bot: <c>dotnet run --project src/Bot -- &lt;command&gt; …</c>. A
/// command gets the app's own configuration (appsettings, environment, user secrets, command line) and the data
/// services, prints what it did and exits. Adding a command is one line in <see cref="Commands"/>.
/// </summary>
public static class BotCommands
{
    private static readonly Dictionary<string, Func<CommandContext, Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["demo"] = DemoCommand.RunAsync,
        ["import"] = ImportCommand.RunAsync,
    };

    /// <summary>Program.cs: runs the command named by <paramref name="args"/>[0] and sets the exit code; false = no command, run the bot.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || !Commands.ContainsKey(args[0]))
            return false;
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // Ctrl+C cancels the command cleanly (a demo database being built is discarded) instead of killing the process.
            e.Cancel = true;
            cancel.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        try
        {
            Environment.ExitCode = await RunAsync(args, Console.Out, Console.Error, cancel.Token) ?? 0;
            return true;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <returns>The command's exit code, or null when <paramref name="args"/> name no command.</returns>
    public static async Task<int?> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var command))
            return null;
        var arguments = args[1..];
        await using var host = CommandHost.Build(arguments);
        try
        {
            return await command(new CommandContext(arguments, host.Services, output, error, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }
}
