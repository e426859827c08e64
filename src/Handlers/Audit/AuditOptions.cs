using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace BotApp.Handlers.Audit;

/// <summary>Configuration section "Audit" (appsettings.sample.json).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// False (default): a lookup answers without waiting for its audit entry's commit, which follows within
    /// milliseconds; a crash can lose the entries still queued. True: the lookup waits for the commit and fails if it
    /// cannot be made, so nothing is ever read unaudited, at the price of the writer's stalls (ADR-012).
    /// </summary>
    public bool WaitForCommit { get; init; }

    /// <summary>
    /// How long entries gather before one commit, when nobody waits for them: every commit makes the other connections
    /// drop their page caches, so fewer commits keep reads fast. Also the most a crash can lose.
    /// </summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(200);

    public static AuditOptions From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection(Section);
        var defaults = new AuditOptions();
        return new()
        {
            WaitForCommit = bool.TryParse(section?[nameof(WaitForCommit)], out var wait) && wait,
            BatchWindow = TimeSpan.TryParse(section?[nameof(BatchWindow)], CultureInfo.InvariantCulture, out var window) && window >= TimeSpan.Zero
                ? window : defaults.BatchWindow,
        };
    }
}
