using BotApp.Handlers.Customers;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// What <see cref="LookupRecognizer"/> understood. <see cref="ListsAll"/> is set by "所有客户" / "all customers": an
/// empty <see cref="Lookup"/> then really means "every customer I may see", while an empty lookup without it (the
/// person typed only "查" or "客户") means nothing was asked yet, see <see cref="IsEmptyQuery"/>.
/// </summary>
public sealed record LookupRecognition(Lookup Lookup, bool ListsAll = false)
{
    public static LookupRecognition Nothing { get; } = new(new Lookup());

    /// <summary>Nothing to look up: ask the person what they are looking for instead of listing every customer.</summary>
    public bool IsEmptyQuery => Lookup.IsEmpty && !ListsAll;

    /// <summary>The recognised criteria in a fixed order (code, name, mine, grade, industry, arrears, agreements), for "nothing found for …".</summary>
    public IReadOnlyList<LookupCriterion> Criteria() => LookupCriterion.Of(Lookup);

    internal LookupRecognition With(Func<Lookup, Lookup> change) => this with { Lookup = change(Lookup) };

    internal LookupRecognition WithWindow(AgreementWindow window) =>
        With(l => l with { AgreementsEnding = l.AgreementsEnding ?? window });
}
