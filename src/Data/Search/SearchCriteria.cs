using BotApp.Data.Entities;
using BotApp.Data.Visibility;

namespace BotApp.Data.Search;

/// <summary>A <see cref="CustomerQuery"/> normalised (Search/SearchText) and applied to the customers a viewer may see.</summary>
internal sealed record SearchCriteria(
    string? Code, string? Fragment, long? AccountManagerId, int? Grade, Industry? Industry, bool MineOnly, bool WithArrears, DateRange? AgreementsEnding)
{
    /// <summary>More words every matching name must contain besides <see cref="Fragment"/>, anywhere and in any order.</summary>
    public IReadOnlyList<string> AlsoContains { get; init; } = [];

    /// <summary>The distinct words of a normalised fragment, longest (the most selective) first.</summary>
    public static IReadOnlyList<string> Words(string fragment) =>
        [.. fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).OrderByDescending(word => word.Length)];

    public static SearchCriteria From(CustomerQuery query) => new(
        query.Code is null ? null : SearchText.NormalizeCode(query.Code),
        SearchText.Normalize(query.NameFragment) is { Length: > 0 } fragment ? fragment : null,
        query.AccountManagerId,
        query.Grade,
        query.Industry,
        query.MineOnly,
        query.WithArrears,
        query.AgreementsEnding);

    /// <summary>Any filter besides the fragment. Only Grade can be checked on the search documents; the rest go through Restriction (ADR-011).</summary>
    public bool HasFilter =>
        Code is not null || AccountManagerId is not null || Grade is not null || Industry is not null || MineOnly || WithArrears || AgreementsEnding is not null
        || AlsoContains.Count > 0;

    public IQueryable<GroupCustomer> Apply(IQueryable<GroupCustomer> visible, StaffIdentity viewer)
    {
        var customers = MineOnly ? ManagedCustomers.Of(visible, viewer) : visible;
        if (Code is { } code)
            customers = customers.Where(c => c.Code == code);
        if (AccountManagerId is { } managerId)
            customers = customers.Where(c => c.AccountManagerId == managerId);
        if (Grade is { } grade)
            customers = customers.Where(c => c.Grade == grade);
        if (Industry is { } industry)
            customers = customers.Where(c => c.Industry == industry);
        if (WithArrears)
            customers = customers.Where(c => c.Arrears.Any(a => a.Amount > 0));
        foreach (var word in AlsoContains)
            customers = customers.Where(c => c.SearchText.Contains(word));
        if (AgreementsEnding is { From: var from, To: var to })
            customers = customers.Where(c => c.Agreements.Any(a => a.Status == AgreementStatus.Active && a.EndOn >= from && a.EndOn <= to));
        return customers;
    }
}
