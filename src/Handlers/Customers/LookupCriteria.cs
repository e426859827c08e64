using BotApp.Data.Search;

namespace BotApp.Handlers.Customers;

/// <summary>Turns what the recognizer understood into the search's criteria, with dates counted from the viewer's today.</summary>
public static class LookupCriteria
{
    public static CustomerQuery ToQuery(CustomerLookup lookup, DateOnly today) => new(
        Code: lookup.Code,
        NameFragment: lookup.NameFragment,
        Grade: lookup.Grade,
        Industry: lookup.Industry,
        MineOnly: lookup.MineOnly,
        WithArrears: lookup.WithArrears,
        AgreementsEnding: lookup.AgreementsEnding is { } window ? new DateRange(today, EndOf(window, today)) : null);

    /// <summary>The last day of the window: the end of this calendar month, or today plus the days (0–30 days ahead is "within 30 days", as in Rules/AgreementExpiry).</summary>
    public static DateOnly EndOf(AgreementWindow window, DateOnly today) =>
        window.ThisMonth
            ? new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month))
            : today.AddDays(Math.Max(0, window.Days));
}
