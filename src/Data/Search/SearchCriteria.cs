using BotApp.Data.Entities;

namespace BotApp.Data.Search;

/// <summary>A <see cref="CustomerQuery"/> normalised (Search/SearchText) and applied to the customers a viewer may see.</summary>
internal sealed record SearchCriteria(string? Code, string? Fragment, long? AccountManagerId, int? Grade, Industry? Industry)
{
    public static SearchCriteria From(CustomerQuery query) => new(
        query.Code is null ? null : SearchText.NormalizeCode(query.Code),
        SearchText.Normalize(query.NameFragment) is { Length: > 0 } fragment ? fragment : null,
        query.AccountManagerId,
        query.Grade,
        query.Industry);

    public bool HasFilter => Code is not null || AccountManagerId is not null || Grade is not null || Industry is not null;

    public IQueryable<GroupCustomer> Apply(IQueryable<GroupCustomer> visible)
    {
        var customers = visible;
        if (Code is { } code)
            customers = customers.Where(c => c.Code == code);
        if (AccountManagerId is { } managerId)
            customers = customers.Where(c => c.AccountManagerId == managerId);
        if (Grade is { } grade)
            customers = customers.Where(c => c.Grade == grade);
        if (Industry is { } industry)
            customers = customers.Where(c => c.Industry == industry);
        return customers;
    }
}
