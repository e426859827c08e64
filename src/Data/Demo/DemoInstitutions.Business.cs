namespace BotApp.Data.Demo;

/// <summary>Bank and insurance branches, cooperatives and professional practices.</summary>
public static partial class DemoInstitutions
{
    private static readonly Bilingual[] Banks =
    [
        new("中国工商银行股份有限公司", "ICBC"), new("中国农业银行股份有限公司", "ABC"), new("中国银行股份有限公司", "Bank of China"),
        new("中国建设银行股份有限公司", "CCB"), new("交通银行股份有限公司", "Bank of Communications"), new("中国邮政储蓄银行股份有限公司", "PSBC"),
        new("宁波银行股份有限公司", "Bank of Ningbo"), new("浙商银行股份有限公司", "CZBank"), new("招商银行股份有限公司", "China Merchants Bank"),
    ];

    private static readonly string[] Insurers = ["中国人民财产保险股份有限公司", "中国人寿保险股份有限公司", "中国平安财产保险股份有限公司", "中国太平洋财产保险股份有限公司"];

    public static DemoName BankBranch(DemoRandom random, DemoRegion region)
    {
        var bank = random.Pick(Banks);
        var place = random.Pick(region.Places);
        var (_, town) = Town(random, region);
        return new($"{bank.Zh}{place.Zh}{Short(town)}支行", null);
    }

    public static DemoName InsuranceBranch(DemoRandom random, DemoRegion region) =>
        new($"{random.Pick(Insurers)}{region.Admin.Zh}{random.Pick(["中心支公司", "支公司", "营销服务部"])}", null);

    public static DemoName Cooperative(DemoRandom random, DemoRegion region)
    {
        var (admin, town) = Town(random, region);
        return new($"{admin}{town}{DemoBrandWords.Next(random).Zh}{random.Pick(["果蔬专业合作社", "水产养殖专业合作社", "茶叶专业合作社", "家庭农场"])}", null);
    }

    public static DemoName Practice(DemoRandom random, DemoRegion region)
    {
        var place = random.Pick(region.Places);
        var brand = DemoBrandWords.Next(random);
        var (zh, en) = random.Pick<(string, string)>([("律师事务所", "Law Firm"), ("会计师事务所", "CPA Firm"), ("商会", "Chamber of Commerce")]);
        return new($"{place.Zh}{brand.Zh}{zh}", $"{place.En} {brand.En} {en}");
    }
}
