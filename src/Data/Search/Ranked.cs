namespace BotApp.Data.Search;

/// <summary>The best hits in order (at least as many as the page needs, when there are that many) and the total.</summary>
internal sealed record Ranked(List<Hit> Best, int Total, bool TotalIsLowerBound);
