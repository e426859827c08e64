namespace BotApp.Data.Tests.Customers;

/// <summary>One lookup world per test class; the lookups only read (and append to the audit log).</summary>
public sealed class LookupWorldFixture : IDisposable
{
    public LookupWorld World { get; } = new();

    public void Dispose() => World.Dispose();
}
