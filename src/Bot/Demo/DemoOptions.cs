using BotApp.Data.Demo;

namespace BotApp.Bot.Demo;

/// <summary>Demo data (section "Demo"): what the first Development run seeds into an empty database, and the generator's seed.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Customers created on the first Development run when the database is empty; 0 = org tree, staff and catalogue only (tests).</summary>
    public int SeedCustomers { get; set; } = 3_000;

    /// <summary>The generator's seed: the same seed and the same day (Asia/Shanghai) give the same data.</summary>
    public int Seed { get; set; } = DemoSettings.DefaultSeed;
}
