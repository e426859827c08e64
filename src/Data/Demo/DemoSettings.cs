namespace BotApp.Data.Demo;

/// <summary>How big a demo database to make and from which seed. The same seed and the same today give the same database.</summary>
public sealed record DemoSettings(int Customers, int Seed = DemoSettings.DefaultSeed)
{
    public const int DefaultSeed = 2026;

    /// <summary>Customer codes are C + nine digits from 330200001; this keeps them nine digits with room to spare.</summary>
    public const int MaxCustomers = 10_000_000;

    public void Validate()
    {
        if (Customers is < 0 or > MaxCustomers)
            throw new ArgumentOutOfRangeException(nameof(Customers), Customers, $"Between 0 and {MaxCustomers:N0} customers.");
    }
}
