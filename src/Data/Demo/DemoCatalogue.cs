using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// The product catalogue and its tariffs/campaigns, with standard price, unit cost and market reference value
/// per unit per month (as the product innovation center maintains them). Ids are fixed so generated rows refer
/// to them directly.
/// </summary>
public static class DemoCatalogue
{
    public const long MobileVpn = 1;
    public const long GroupMobile = 2;

    /// <summary>New instances on every call: rows for one database, never shared between contexts.</summary>
    public static List<Product> Products() =>
    [
        Product(MobileVpn, "MVPN", "移动VPN集团网", "Mobile VPN", ProductCategory.Mobile),
        Product(GroupMobile, "GMOB", "集团统付套餐", "Group-paid mobile plan", ProductCategory.Mobile),
        Product(3, "DLINE", "数据专线", "Data leased line", ProductCategory.DataLine),
        Product(4, "INET", "互联网专线", "Internet leased line", ProductCategory.DataLine),
        Product(5, "VLINE", "语音专线", "Voice leased line", ProductCategory.VoiceLine),
        Product(6, "IDC", "IDC机柜托管", "IDC rack hosting", ProductCategory.Idc),
        Product(7, "CLOUD", "云主机", "Cloud server", ProductCategory.Cloud),
        Product(8, "VCONF", "视频会议", "Video conferencing", ProductCategory.VideoConferencing),
        Product(9, "N400", "400电话", "400 number", ProductCategory.ServiceNumber),
        Product(10, "IOT", "物联网卡", "IoT SIM", ProductCategory.Iot),
        Product(11, "SMS", "行业短信", "Bulk SMS", ProductCategory.Other),
    ];

    public static List<Tariff> Tariffs() =>
    [
        Tariff(1, "MVPN-38", "集团V网38元套餐", "Group VPN 38", MobileVpn, 38m, 14m, 36m),
        Tariff(2, "MVPN-58", "集团V网58元套餐", "Group VPN 58", MobileVpn, 58m, 21m, 55m),
        Tariff(3, "MVPN-88", "集团V网88元套餐", "Group VPN 88", MobileVpn, 88m, 32m, 85m),
        Tariff(4, "MVPN-128", "集团V网128元套餐", "Group VPN 128", MobileVpn, 128m, 47m, 120m),
        Tariff(5, "CAMP-MVPN-2026", "2026政企V网融合优惠", "2026 enterprise VPN bundle", MobileVpn, 68m, 30m, 72m, campaign: true),
        Tariff(6, "GMOB-99", "集团统付99元套餐", "Group-paid 99", GroupMobile, 99m, 40m, 95m),
        Tariff(7, "GMOB-199", "集团统付199元套餐", "Group-paid 199", GroupMobile, 199m, 78m, 190m),
        Tariff(8, "DLINE-50M", "数据专线50M", "Data line 50M", 3, 1_800m, 700m, 1_700m),
        Tariff(9, "DLINE-100M", "数据专线100M", "Data line 100M", 3, 2_800m, 1_100m, 2_600m),
        Tariff(10, "DLINE-1G", "数据专线1G", "Data line 1G", 3, 9_800m, 4_200m, 9_000m),
        Tariff(11, "INET-100M", "互联网专线100M", "Internet line 100M", 4, 1_980m, 800m, 1_900m),
        Tariff(12, "INET-500M", "互联网专线500M", "Internet line 500M", 4, 5_800m, 2_500m, 5_500m),
        Tariff(13, "CAMP-INET-SPEED", "专线提速季", "Leased line speed-up season", 4, 1_680m, 800m, 1_900m, campaign: true),
        Tariff(14, "VLINE-30", "语音专线30路", "Voice line 30 channels", 5, 1_500m, 600m, 1_400m),
        Tariff(15, "IDC-RACK", "标准机柜42U", "Standard rack 42U", 6, 4_500m, 2_800m, 4_300m),
        Tariff(16, "IDC-HALF", "半机柜", "Half rack", 6, 2_600m, 1_650m, 2_500m),
        Tariff(17, "CLOUD-2C4G", "云主机2核4G", "Cloud server 2 vCPU 4 GB", 7, 220m, 95m, 210m),
        Tariff(18, "CLOUD-4C8G", "云主机4核8G", "Cloud server 4 vCPU 8 GB", 7, 420m, 180m, 400m),
        Tariff(19, "CAMP-CLOUD", "上云补贴计划", "Move-to-cloud subsidy", 7, 300m, 170m, 400m, campaign: true),
        Tariff(20, "VCONF-ROOM", "视频会议室", "Video conference room", 8, 800m, 320m, 780m),
        Tariff(21, "N400-STD", "400电话标准套餐", "400 number standard", 9, 300m, 90m, 280m),
        Tariff(22, "IOT-10", "物联网卡10元包", "IoT SIM 10", 10, 10m, 3m, 9m),
        Tariff(23, "SMS-10K", "行业短信1万条", "Bulk SMS 10,000", 11, 450m, 200m, 430m),
        Tariff(24, "CAMP-IDC-2027", "2027 IDC扩容优惠（草案）", "2027 IDC expansion offer (draft)", 6, 3_900m, 2_800m, 4_300m, campaign: true, published: false),
    ];

    /// <summary>The published tariffs of each product: what subscriptions are priced at and plans may adjust.</summary>
    public static IReadOnlyDictionary<long, Tariff[]> PublishedByProduct { get; } =
        Tariffs().Where(t => t.IsPublished).GroupBy(t => t.ProductId).ToDictionary(g => g.Key, g => g.ToArray());

    private static Product Product(long id, string code, string name, string nameEn, ProductCategory category) =>
        new() { Id = id, Code = code, Name = name, NameEn = nameEn, Category = category };

    private static Tariff Tariff(long id, string code, string name, string nameEn, long productId, decimal price, decimal cost, decimal market,
        bool campaign = false, bool published = true) => new()
        {
            Id = id,
            Code = code,
            Name = name,
            NameEn = nameEn,
            ProductId = productId,
            StandardMonthlyPrice = price,
            UnitCost = cost,
            MarketReferenceValue = market,
            IsCampaign = campaign,
            IsPublished = published,
        };
}
