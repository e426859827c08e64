namespace BotApp.Data.Demo;

/// <summary>Schools: numbered (余姚市第二中学), town schools and named ones.</summary>
public static partial class DemoInstitutions
{
    private static readonly string[] Ordinals = ["第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"];

    private static readonly string[] OrdinalsEn = ["No.1", "No.2", "No.3", "No.4", "No.5", "No.6", "No.7", "No.8", "No.9", "No.10"];

    public static DemoName NumberedSchool(DemoRandom random, DemoRegion region)
    {
        var n = random.Next(Ordinals.Length);
        var (zh, en) = random.Pick<(string, string)>([("中学", "Middle School"), ("小学", "Primary School"), ("高级中学", "High School"), ("实验学校", "Experimental School")]);
        return new($"{region.Admin.Zh}{Ordinals[n]}{zh}", $"{region.Admin.En} {OrdinalsEn[n]} {en}");
    }

    public static DemoName TownSchool(DemoRandom random, DemoRegion region)
    {
        var (admin, town) = Town(random, region);
        return new($"{admin}{town}{random.Pick(["中心小学", "初级中学", "中心幼儿园", "成人文化技术学校"])}", null);
    }

    public static DemoName NamedSchool(DemoRandom random, DemoRegion region)
    {
        var brand = DemoBrandWords.Next(random);
        var (zh, en) = random.Pick<(string, string)>([("小学", "Primary School"), ("幼儿园", "Kindergarten"), ("中学", "Middle School"), ("外国语学校", "Foreign Language School")]);
        return new($"{region.Admin.Zh}{brand.Zh}{zh}", $"{region.Admin.En} {brand.En} {en}");
    }
}
