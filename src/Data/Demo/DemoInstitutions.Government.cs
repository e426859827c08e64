namespace BotApp.Data.Demo;

/// <summary>Bureaus, town governments, village committees, the power company and the media center of a region.</summary>
public static partial class DemoInstitutions
{
    private static readonly Bilingual[] Bureaus =
    [
        new("教育局", "Education Bureau"), new("财政局", "Finance Bureau"), new("公安局", "Public Security Bureau"),
        new("人力资源和社会保障局", "Human Resources and Social Security Bureau"), new("自然资源和规划局", "Natural Resources and Planning Bureau"),
        new("交通运输局", "Transport Bureau"), new("卫生健康局", "Health Bureau"), new("市场监督管理局", "Market Supervision Administration"),
        new("人民法院", "People's Court"), new("人民检察院", "People's Procuratorate"), new("民政局", "Civil Affairs Bureau"),
        new("住房和城乡建设局", "Housing and Urban-Rural Development Bureau"), new("农业农村局", "Agriculture and Rural Affairs Bureau"),
        new("应急管理局", "Emergency Management Bureau"), new("统计局", "Statistics Bureau"), new("审计局", "Audit Bureau"),
        new("司法局", "Justice Bureau"), new("医疗保障局", "Healthcare Security Bureau"), new("水利局", "Water Resources Bureau"),
        new("商务局", "Commerce Bureau"), new("退役军人事务局", "Veterans Affairs Bureau"), new("人民政府办公室", "Government Office"),
    ];

    private static readonly string[] BureauUnits = ["信息中心", "机关服务中心", "执法大队", "档案馆", "行政服务中心", "指挥中心"];

    public static DemoName Bureau(DemoRandom random, DemoRegion region)
    {
        var bureau = random.Pick(Bureaus);
        return random.Chance(0.3)
            ? new($"{region.Admin.Zh}{bureau.Zh}{random.Pick(BureauUnits)}", null)
            : new($"{region.Admin.Zh}{bureau.Zh}", $"{region.Admin.En} {bureau.En}");
    }

    public static DemoName TownGovernment(DemoRandom random, DemoRegion region)
    {
        var (admin, town) = Town(random, region);
        return new(town.EndsWith('镇') ? $"{admin}{town}人民政府" : $"{admin}{town}办事处", null);
    }

    public static DemoName PowerSupply(DemoRandom random, DemoRegion region) =>
        new($"国网{region.Admin.Zh}供电公司", $"State Grid {region.Admin.En} Power Supply Company");

    public static DemoName MediaCenter(DemoRandom random, DemoRegion region) =>
        random.Chance(0.5)
            ? new($"{region.Admin.Zh}融媒体中心", $"{region.Admin.En} Media Center")
            : new($"{region.Admin.Zh}广播电视台", $"{region.Admin.En} Radio and Television");

    public static DemoName VillageCommittee(DemoRandom random, DemoRegion region)
    {
        var (admin, town) = Town(random, region);
        var village = DemoBrandWords.Next(random).Zh;
        return new(random.Chance(0.6) ? $"{admin}{town}{village}村村民委员会" : $"{admin}{town}{village}社区居民委员会", null);
    }
}
