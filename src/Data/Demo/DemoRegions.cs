namespace BotApp.Data.Demo;

/// <summary>A name in Chinese and its English form (pinyin for place and brand words).</summary>
public sealed record Bilingual(string Zh, string En);

/// <summary>
/// A region the operator sells in = an org unit customers belong to: the city branch (its key accounts) or a
/// county sub-branch. <see cref="Admin"/> is the administrative name government bodies carry ("余姚市"),
/// <see cref="Places"/> the prefixes companies register under ("余姚", "宁波"), <see cref="Towns"/> the towns and
/// sub-districts below it. <see cref="Weight"/> is its share of customers.
/// </summary>
public sealed record DemoRegion(string Code, Bilingual Unit, Bilingual Admin, Bilingual[] Places, string[] Towns, int Weight);

public static class DemoRegions
{
    public const string BranchCode = "NB";

    public static DemoRegion Branch { get; } = new(BranchCode, new("宁波分公司", "Ningbo Branch"), new("宁波市", "Ningbo"), [new("宁波", "Ningbo")], [], 2);

    /// <summary>Ningbo's districts and counties; real geography so the names read right to a local.</summary>
    public static IReadOnlyList<DemoRegion> Counties { get; } =
    [
        County("HS", "海曙", "Haishu", "宁波市海曙区", "Haishu District", 11, ["鼓楼街道", "南门街道", "西门街道", "石碶街道", "集士港镇", "高桥镇"], district: true),
        County("JB", "江北", "Jiangbei", "宁波市江北区", "Jiangbei District", 8, ["甬江街道", "庄桥街道", "洪塘街道", "慈城镇"], district: true),
        County("BL", "北仑", "Beilun", "宁波市北仑区", "Beilun District", 10, ["新碶街道", "大碶街道", "霞浦街道", "春晓街道", "柴桥街道"], district: true),
        County("ZH", "镇海", "Zhenhai", "宁波市镇海区", "Zhenhai District", 6, ["招宝山街道", "蛟川街道", "骆驼街道", "九龙湖镇"], district: true),
        County("YZ", "鄞州", "Yinzhou", "宁波市鄞州区", "Yinzhou District", 16, ["钟公庙街道", "首南街道", "下应街道", "姜山镇", "咸祥镇", "五乡镇"], district: true),
        County("FH", "奉化", "Fenghua", "宁波市奉化区", "Fenghua District", 6, ["锦屏街道", "岳林街道", "溪口镇", "莼湖街道"], district: true),
        County("YY", "余姚", "Yuyao", "余姚市", "Yuyao", 12, ["梨洲街道", "凤山街道", "阳明街道", "泗门镇", "马渚镇", "陆埠镇", "梁弄镇"], district: false),
        County("CX", "慈溪", "Cixi", "慈溪市", "Cixi", 14, ["浒山街道", "坎墩街道", "周巷镇", "观海卫镇", "龙山镇", "逍林镇"], district: false),
        County("NH", "宁海", "Ninghai", "宁海县", "Ninghai County", 7, ["跃龙街道", "桃源街道", "西店镇", "长街镇", "梅林街道"], district: false),
        County("XS", "象山", "Xiangshan", "象山县", "Xiangshan County", 6, ["丹东街道", "丹西街道", "石浦镇", "西周镇", "爵溪街道"], district: false),
    ];

    public static IReadOnlyList<DemoRegion> All { get; } = [Branch, .. Counties];

    public static DemoRegion ByCode(string code) => All.Single(r => r.Code == code);

    /// <summary>Companies in a city district usually register as "宁波…"; those in a county-level city or county under its own name.</summary>
    private static DemoRegion County(string code, string name, string pinyin, string admin, string adminEn, int weight, string[] towns, bool district) => new(
        $"{BranchCode}-{code}",
        new($"{name}分公司", $"{pinyin} Sub-branch"),
        new(admin, adminEn),
        district ? [new("宁波", "Ningbo"), new($"宁波{name}", $"Ningbo {pinyin}")] : [new(name, pinyin)],
        towns,
        weight);
}
