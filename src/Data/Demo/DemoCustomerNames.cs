namespace BotApp.Data.Demo;

/// <summary>
/// Customer names as a registry would have them: place + brand word + business + legal form for companies
/// (宁波华兴模具有限公司 / Ningbo Huaxing Mould Co., Ltd.), or an institution's name (余姚市教育局). A name already
/// taken is drawn again, after a few tries from the industry's pattern with room for many names (companies, or
/// village committees for government), since a county has only so many bureaus and bank branches. Only after a
/// dozen tries may a name repeat.
/// </summary>
public sealed class DemoCustomerNames
{
    private const int Attempts = 12;

    private static readonly Weighted<Bilingual> Forms = new(
    [
        (new("有限公司", "Co., Ltd."), 80),
        (new("股份有限公司", "Co., Ltd."), 12),
        (new("集团有限公司", "Group Co., Ltd."), 8),
    ]);

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Takes a fixed name (the named demo customers) out of the pool.</summary>
    public void Reserve(string name) => _used.Add(name);

    public DemoName Next(DemoRandom random, DemoIndustry industry, DemoRegion region)
    {
        var name = Draw(random, industry, region, roomy: false);
        for (var attempt = 1; attempt < Attempts && !_used.Add(name.Zh); attempt++)
            name = Draw(random, industry, region, roomy: attempt >= 3);
        return name;
    }

    private static DemoName Draw(DemoRandom random, DemoIndustry industry, DemoRegion region, bool roomy)
    {
        if (industry.Businesses.Length > 0 && (roomy || industry.Institutions.Length == 0 || !random.Chance(industry.InstitutionShare)))
            return Company(random, industry, region);
        return (roomy ? industry.Institutions[^1] : random.Pick(industry.Institutions))(random, region);
    }

    private static DemoName Company(DemoRandom random, DemoIndustry industry, DemoRegion region)
    {
        var place = random.Pick(region.Places);
        var brand = DemoBrandWords.Next(random);
        var business = random.Pick(industry.Businesses);
        var form = Forms.Pick(random);
        return new($"{place.Zh}{brand.Zh}{business.Zh}{form.Zh}", $"{place.En} {brand.En} {business.En} {form.En}");
    }
}
