namespace BotApp.Data.Tests.Search;

/// <summary>One search world for a test class that only reads.</summary>
public sealed class SearchWorldFixture : IDisposable
{
    public SearchWorld World { get; } = new();

    public void Dispose() => World.Dispose();
}
