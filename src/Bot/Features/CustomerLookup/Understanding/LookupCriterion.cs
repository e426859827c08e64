using BotApp.Data.Entities;
using BotApp.Handlers.Customers;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// One recognised criterion as data, so the "nothing found" answer can name what was tried in the reader's language:
/// <c>criterion switch { LookupCriterion.ByName n => …n.Fragment…, LookupCriterion.ByGrade g => …g.Stars…, … }</c>.
/// </summary>
public abstract record LookupCriterion
{
    private LookupCriterion()
    {
    }

    public sealed record ByCode(string Code) : LookupCriterion;

    public sealed record ByName(string Fragment) : LookupCriterion;

    /// <summary>"我的客户": customers the viewer manages.</summary>
    public sealed record Mine : LookupCriterion;

    public sealed record ByGrade(int Stars) : LookupCriterion;

    public sealed record ByIndustry(Industry Industry) : LookupCriterion;

    public sealed record InArrears : LookupCriterion;

    /// <summary>Agreements ending this month (<see cref="AgreementWindow.ThisMonth"/>) or within <see cref="AgreementWindow.Days"/> days.</summary>
    public sealed record AgreementsEnding(AgreementWindow Window) : LookupCriterion;

    public static IReadOnlyList<LookupCriterion> Of(Lookup lookup)
    {
        var criteria = new List<LookupCriterion>();
        if (lookup.Code is { } code)
            criteria.Add(new ByCode(code));
        if (lookup.NameFragment is { } fragment)
            criteria.Add(new ByName(fragment));
        if (lookup.MineOnly)
            criteria.Add(new Mine());
        if (lookup.Grade is { } stars)
            criteria.Add(new ByGrade(stars));
        if (lookup.Industry is { } industry)
            criteria.Add(new ByIndustry(industry));
        if (lookup.WithArrears)
            criteria.Add(new InArrears());
        if (lookup.AgreementsEnding is { } window)
            criteria.Add(new AgreementsEnding(window));
        return criteria;
    }
}
