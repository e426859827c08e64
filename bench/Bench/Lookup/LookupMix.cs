namespace BotApp.Bench.Lookup;

/// <summary>
/// The turns people send: 80 % from account managers, 8 % from unit leads, 12 % from department staff, each a kind
/// by <see cref="LookupKinds.Weight"/>, with names and codes from customers the sender may see.
/// </summary>
public sealed class LookupMix(LookupPopulation people, IReadOnlySet<string> only)
{
    private readonly (int Weight, IReadOnlyList<LookupViewer> Viewers)[] _groups =
        [.. new[] { (80, people.AccountManagers), (8, people.UnitLeads), (12, people.Department) }.Where(g => g.Item2.Count > 0)];

    /// <summary>A fixed list to walk through, so workers need no shared random generator.</summary>
    public IReadOnlyList<LookupTurn> Steady(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Pick(random)).OfType<LookupTurn>()];

    /// <summary>One turn in every conversation, in random order: everyone meets the bot once (state, references).</summary>
    public IReadOnlyList<LookupTurn> FirstContacts(Random random) =>
        [.. _groups.SelectMany(g => g.Viewers).SelectMany(v => Enumerable.Range(0, v.Conversations).Select(c => Turn(v, c, random)))
            .OfType<LookupTurn>().OrderBy(_ => random.Next())];

    public IEnumerable<LookupKind> KindsFor(LookupViewer viewer) =>
        LookupKinds.All.Where(k => k.Weight() > 0 && (viewer.ManagesCustomers || k is not (LookupKind.Mine or LookupKind.MineFiveStar))
                                   && (only.Count == 0 || only.Contains(k.Label())));

    private LookupTurn? Pick(Random random)
    {
        var roll = random.Next(_groups.Sum(g => g.Weight));
        var group = _groups.First(g => (roll -= g.Weight) < 0);
        var viewer = group.Viewers[random.Next(group.Viewers.Count)];
        return Turn(viewer, random.Next(viewer.Conversations), random);
    }

    /// <summary>Null when <c>--only</c> leaves this viewer nothing to ask.</summary>
    private LookupTurn? Turn(LookupViewer viewer, int conversation, Random random)
    {
        var kinds = KindsFor(viewer).ToList();
        if (kinds.Count == 0)
            return null;
        var roll = random.Next(kinds.Sum(k => k.Weight()));
        return Turn(kinds.First(k => (roll -= k.Weight()) < 0), viewer, conversation, random);
    }

    public static LookupTurn Turn(LookupKind kind, LookupViewer viewer, int conversation, Random random)
    {
        var customer = viewer.Customers[random.Next(viewer.Customers.Count)];
        LookupTurn Typed(string text, string locale = "zh-CN") => new(kind, viewer, conversation, locale, text);
        return kind switch
        {
            LookupKind.Name when random.NextDouble() < 0.15 && EnglishWords(customer.NameEn) is { Length: > 0 } words =>
                Typed($"lookup {string.Join(' ', words.Skip(random.Next(words.Length)).Take(random.Next(1, 3)))}", "en-US"),
            LookupKind.Name => Typed((random.NextDouble() < 0.3 ? "查 " : "") + Fragment(customer.Name, random)),
            LookupKind.Code => Typed(random.NextDouble() < 0.5 ? $"客户 {customer.Code}" : customer.Code),
            LookupKind.Mine => Typed("我的客户"),
            LookupKind.MineFiveStar => Typed("我的五星客户"),
            LookupKind.Arrears => Typed("欠费客户"),
            LookupKind.AgreementsThisMonth => Typed("本月到期协议"),
            LookupKind.AgreementsIn30Days => Typed("agreements ending in 30 days", "en-US"),
            LookupKind.Industry => Typed("教育行业客户"),
            _ => new LookupTurn(kind, viewer, conversation, "zh-CN", null, customer.Id),
        };
    }

    /// <summary>2–6 characters from anywhere in the name, as people type part of a name they remember.</summary>
    private static string Fragment(string name, Random random)
    {
        var length = Math.Min(name.Length, random.Next(2, 7));
        return name.Substring(random.Next(name.Length - length + 1), length);
    }

    /// <summary>The words of an English name worth typing ("Yuyao", "Hospital"), without "Co.," and "Ltd.".</summary>
    private static string[] EnglishWords(string? nameEn) =>
        nameEn is null ? [] : [.. nameEn.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w.All(char.IsLetter))];
}
