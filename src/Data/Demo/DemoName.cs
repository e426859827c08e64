namespace BotApp.Data.Demo;

/// <summary>A customer name and, when the customer uses one, its English name.</summary>
public sealed record DemoName(string Zh, string? En);

/// <summary>Builds one kind of name (a company, a bureau, a school) for a region.</summary>
public delegate DemoName NamePattern(DemoRandom random, DemoRegion region);
