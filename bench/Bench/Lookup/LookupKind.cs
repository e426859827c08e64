namespace BotApp.Bench.Lookup;

/// <summary>What a turn asks; the label is how results and <c>--only</c> name it.</summary>
public enum LookupKind
{
    Name,
    Code,
    Mine,
    MineFiveStar,
    Arrears,
    AgreementsThisMonth,
    AgreementsIn30Days,
    Industry,
    Open,
    Bills,
}

public static class LookupKinds
{
    public static IReadOnlyList<LookupKind> All { get; } = Enum.GetValues<LookupKind>();

    public static string Label(this LookupKind kind) => kind switch
    {
        LookupKind.MineFiveStar => "mine-5star",
        LookupKind.AgreementsThisMonth => "agreements-month",
        LookupKind.AgreementsIn30Days => "agreements-30d",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// How often each is asked, in percent of an account manager's turns: mostly names and opening a customer from a
    /// list, the standing questions now and then. Unit leads and department staff manage no customers of their own,
    /// so they do not ask for "mine"; the other weights stand for them too.
    /// </summary>
    public static int Weight(this LookupKind kind) => kind switch
    {
        LookupKind.Name => 30,
        LookupKind.Code => 10,
        LookupKind.Mine => 8,
        LookupKind.MineFiveStar => 4,
        LookupKind.Arrears => 6,
        LookupKind.AgreementsThisMonth => 5,
        LookupKind.AgreementsIn30Days => 3,
        LookupKind.Industry => 4,
        LookupKind.Open => 22,
        LookupKind.Bills => 8,
        _ => 0,
    };
}
