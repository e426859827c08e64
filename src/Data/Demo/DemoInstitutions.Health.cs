namespace BotApp.Data.Demo;

/// <summary>Public hospitals (浙江省宁波市第二人民医院), town clinics and private hospitals.</summary>
public static partial class DemoInstitutions
{
    public static DemoName PublicHospital(DemoRandom random, DemoRegion region)
    {
        var (zh, en) = random.Pick<(string, string)>(
        [
            ("人民医院", "People's Hospital"), ("第二人民医院", "No.2 People's Hospital"), ("第三人民医院", "No.3 People's Hospital"),
            ("中医医院", "Hospital of Traditional Chinese Medicine"), ("妇幼保健院", "Maternal and Child Health Hospital"),
            ("疾病预防控制中心", "Center for Disease Control"), ("急救中心", "Emergency Center"), ("精神卫生中心", "Mental Health Center"),
        ]);
        // Hospitals often carry the province too (浙江省宁波市第二人民医院).
        return random.Chance(0.25)
            ? new($"浙江省{region.Admin.Zh}{zh}", $"{region.Admin.En} {en}, Zhejiang")
            : new($"{region.Admin.Zh}{zh}", $"{region.Admin.En} {en}");
    }

    public static DemoName TownClinic(DemoRandom random, DemoRegion region)
    {
        var (admin, town) = Town(random, region);
        return new($"{admin}{town}{random.Pick(["卫生院", "社区卫生服务中心"])}", null);
    }

    public static DemoName PrivateHospital(DemoRandom random, DemoRegion region)
    {
        var place = random.Pick(region.Places);
        var brand = DemoBrandWords.Next(random);
        var (zh, en) = random.Pick<(string, string)>([("医院", "Hospital"), ("口腔医院", "Stomatological Hospital"), ("眼科医院", "Eye Hospital"), ("门诊部", "Clinic")]);
        return new($"{place.Zh}{brand.Zh}{zh}", $"{place.En} {brand.En} {en}");
    }
}
