using BotApp.Data.Entities;
using static BotApp.Data.Entities.Industry;

namespace BotApp.Data.Demo;

/// <summary>A named account manager's own customers, spelled out so a demo always has the same stories to tell.</summary>
public sealed record DemoPortfolio(string AccountManager, string RegionCode, string? ServiceManager, IReadOnlyList<DemoCustomerSpec> Customers);

/// <summary>
/// The customers of the named account managers (ids 1..). 王芳 (余姚) has every state a feature shows: five-star,
/// VIP and red-list customers, arrears of every age, agreements ending within 30/60/90 days and one lapsed, a usage
/// drop, a new customer, plans waiting and one expiring, open work orders. 陈静 has the city's key accounts, most with
/// English names. Revenue is monthly mobile revenue in yuan, chosen well inside its grade band.
/// </summary>
public static class DemoPortfolios
{
    public static IReadOnlyList<DemoPortfolio> All { get; } =
    [
        new(DemoPerson.WangFang, "NB-YY", DemoPerson.ZhaoLi,
        [
            C("余姚市人民医院", "Yuyao People's Hospital", Healthcare, 82_000m, vip: true, redListed: true, agreementDaysLeft: 150, workOrder: DemoWorkOrderState.Open),
            C("余姚舜达光电科技有限公司", "Yuyao Shunda Optoelectronics Co., Ltd.", Manufacturing, 64_000m, vip: true, agreementDaysLeft: 12, plan: DemoPlanState.Pending),
            C("国网余姚市供电公司", "State Grid Yuyao Power Supply Company", Energy, 41_000m, redListed: true, agreementDaysLeft: 230),
            C("宁波余姚农村商业银行股份有限公司", "Yuyao Rural Commercial Bank Co., Ltd.", Finance, 36_000m, vip: true, agreementDaysLeft: 25, plan: DemoPlanState.ExpiringSoon),
            C("余姚市公安局", null, Government, 24_000m, redListed: true, agreementDaysLeft: 50),
            C("余姚市教育局", "Yuyao Education Bureau", Government, 19_500m, agreementDaysLeft: 20, plan: DemoPlanState.Pending),
            C("余姚市第二人民医院", "Yuyao No.2 People's Hospital", Healthcare, 15_800m, agreementDaysLeft: 75),
            C("余姚电力设备有限公司", "Yuyao Electric Power Equipment Co., Ltd.", Energy, 12_600m, agreementDaysLeft: 300),
            C("余姚塑料城商贸有限公司", null, Retail, 11_200m, agreementDaysLeft: 120),
            C("余姚天元建设集团有限公司", null, Construction, 10_800m, agreementDaysLeft: -10),
            C("余姚市中医医院", null, Healthcare, 8_600m, agreementDaysLeft: 95),
            C("余姚市阳明中学", null, Education, 6_800m, agreementDaysLeft: 180),
            C("余姚市梨洲街道办事处", null, Government, 5_900m, redListed: true, arrearsMonths: 4, agreementDaysLeft: 260),
            C("余姚联通物流有限公司", "Yuyao Liantong Logistics Co., Ltd.", Transport, 5_200m, arrearsMonths: 1, agreementDaysLeft: 40),
            C("余姚市泗门镇人民政府", null, Government, 4_700m, agreementDaysLeft: 140),
            C("余姚恒达汽车零部件有限公司", null, Manufacturing, 4_300m, arrearsMonths: 7, agreementDaysLeft: 330),
            C("余姚市职业技术学校", null, Education, 3_900m, agreementDaysLeft: 210),
            C("余姚瑞丰家电有限公司", "Yuyao Ruifeng Home Appliances Co., Ltd.", Manufacturing, 3_600m, agreementDaysLeft: 58),
            C("余姚市广播电视台", null, Media, 3_100m, agreementDaysLeft: 100, workOrder: DemoWorkOrderState.Open),
            C("余姚市人民法院", null, Government, 2_800m, vip: true, agreementDaysLeft: 270),
            C("余姚金鑫小额贷款股份有限公司", null, Finance, 2_600m, agreementDaysLeft: 15),
            C("余姚凯盛塑料制品有限公司", null, Manufacturing, 2_100m, arrearsMonths: 3),
            C("余姚四明山旅游开发有限公司", null, Hospitality, 1_800m, agreementDaysLeft: 200),
            C("余姚市马渚镇中心小学", null, Education, 1_500m),
            C("余姚移动互联科技有限公司", "Yuyao Mobile Internet Technology Co., Ltd.", InformationTechnology, 1_300m, joinedMonthIndex: 21),
            C("余姚众诚信息技术有限公司", null, InformationTechnology, 1_900m, usageDrop: true, agreementDaysLeft: 160),
            C("余姚市自然资源和规划局", null, Government, 1_100m, agreementDaysLeft: 35),
            C("余姚明远酒店管理有限公司", null, Hospitality, 900m, agreementDaysLeft: 5, workOrder: DemoWorkOrderState.Open),
        ]),
        new(DemoPerson.ChenJing, DemoRegions.BranchCode, null,
        [
            C("宁波港集团有限公司", "Ningbo Port Group Co., Ltd.", Transport, 268_000m, vip: true, agreementDaysLeft: 210, plan: DemoPlanState.Pending),
            C("宁波银行股份有限公司", "Bank of Ningbo Co., Ltd.", Finance, 186_000m, vip: true, agreementDaysLeft: 45),
            C("宁波轨道交通集团有限公司", "Ningbo Rail Transit Group Co., Ltd.", Transport, 96_000m, vip: true, agreementDaysLeft: 120),
            C("宁波市第一医院", "Ningbo First Hospital", Healthcare, 47_000m, vip: true, redListed: true, agreementDaysLeft: 28),
            C("宁波大学", "Ningbo University", Education, 44_000m, agreementDaysLeft: 300),
            C("浙江省宁波市第二人民医院", "Ningbo No.2 People's Hospital, Zhejiang", Healthcare, 33_000m, redListed: true, agreementDaysLeft: 80),
            C("宁波市人民政府办公厅", "General Office of Ningbo Municipal Government", Government, 21_000m, redListed: true, agreementDaysLeft: 150),
            C("宁波市教育局", "Ningbo Education Bureau", Government, 16_000m, agreementDaysLeft: 64),
            C("宁波电力设计院有限公司", "Ningbo Electric Power Design Institute Co., Ltd.", Energy, 12_500m, agreementDaysLeft: 18),
            C("宁波海泰精工机械有限公司", "Ningbo Haitai Precision Machinery Co., Ltd.", Manufacturing, 7_400m, agreementDaysLeft: 240, workOrder: DemoWorkOrderState.Open),
            C("宁波联通国际货运代理有限公司", "Ningbo Liantong International Freight Forwarding Co., Ltd.", Transport, 4_800m, arrearsMonths: 2, agreementDaysLeft: 100),
            C("宁波国际会议中心", "Ningbo International Conference Center", Hospitality, 2_900m, agreementDaysLeft: 330),
        ]),
    ];

    public static int Count { get; } = All.Sum(p => p.Customers.Count);

    private static DemoCustomerSpec C(string name, string? nameEn, Industry industry, decimal mobileRevenue, bool vip = false, bool redListed = false,
        int arrearsMonths = 0, int? agreementDaysLeft = null, bool usageDrop = false, int? joinedMonthIndex = null,
        DemoPlanState plan = DemoPlanState.None, DemoWorkOrderState workOrder = DemoWorkOrderState.None) =>
        new(new DemoName(name, nameEn), industry, mobileRevenue, vip, redListed, arrearsMonths, agreementDaysLeft, usageDrop, joinedMonthIndex, plan, workOrder);
}
