namespace BotApp.Data.Search;

/// <summary>Calendar days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);
