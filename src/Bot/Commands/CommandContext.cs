namespace BotApp.Bot.Commands;

/// <summary>What a command runs with: its arguments (after the command name), the services, where to write, and Ctrl+C.</summary>
public sealed record CommandContext(string[] Args, IServiceProvider Services, TextWriter Output, TextWriter Error, CancellationToken CancellationToken);
