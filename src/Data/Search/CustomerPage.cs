namespace BotApp.Data.Search;

/// <summary>
/// A page of results, best first. <see cref="Total"/> is exact unless <see cref="TotalIsLowerBound"/>: then at least
/// that many customers match and there may be more (show "1000+"). Broad searches stop counting early to stay fast.
/// </summary>
public sealed record CustomerPage(IReadOnlyList<CustomerSummary> Items, int Total, bool TotalIsLowerBound);
