using Microsoft.Extensions.Options;

namespace BotApp.Bot.DirectLine;

/// <summary>Whether the channel is on, and whether the page may let anyone pick a demo staff member.</summary>
public sealed class DirectLineMode(IOptions<DirectLineOptions> options, IHostEnvironment environment)
{
    /// <summary>Outside Development a configured secret is the only thing that protects the channel, so none means off.</summary>
    public bool Enabled => options.Value.Enabled
        && (environment.IsDevelopment() || !string.IsNullOrEmpty(options.Value.Secret));

    /// <summary>Picking "who am I" without signing in is a developer convenience, never a production feature.</summary>
    public bool DemoSignIn => Enabled && environment.IsDevelopment();
}
