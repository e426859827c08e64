using BotApp.Data.Entities;
using static BotApp.Data.Demo.DemoInstitutions;

namespace BotApp.Data.Demo;

/// <summary>The industries of group customers, roughly in the proportions a city branch's customer list has.</summary>
public static class DemoIndustries
{
    private static readonly string[] CompanyTitles = ["总经理", "行政经理", "办公室主任", "IT经理", "财务总监", "采购经理", "综合部部长"];

    public static IReadOnlyList<DemoIndustry> All { get; } =
    [
        new(Industry.Manufacturing, 28, Words("机械制造:Machinery Manufacturing 电器:Electric Appliance 模具:Mould 汽车零部件:Auto Parts 服饰:Apparel 纺织:Textile 塑料制品:Plastic Products 化工:Chemical 五金制品:Hardware 轴承:Bearing 文具:Stationery 光电科技:Optoelectronics 家电:Home Appliances 新材料:New Materials 电子:Electronics 移动通信设备:Mobile Communication Equipment"),
            [], 0, 0.0005, CompanyTitles),
        new(Industry.Retail, 12, Words("超市:Supermarket 商贸:Trading 百货:Department Store 电子商务:E-commerce 连锁:Chain Stores 进出口:Import and Export 副食品:Groceries"),
            [], 0, 0.0005, CompanyTitles),
        new(Industry.Construction, 8, Words("建设:Construction 建筑工程:Construction Engineering 市政工程:Municipal Engineering 装饰工程:Decoration Engineering 房地产开发:Real Estate Development 园林绿化:Landscaping"),
            [], 0, 0.0005, CompanyTitles),
        new(Industry.Transport, 7, Words("物流:Logistics 国际货运代理:International Freight Forwarding 港务:Port Services 运输:Transport 供应链管理:Supply Chain Management 集装箱服务:Container Services 快递:Express"),
            [], 0, 0.002, CompanyTitles),
        new(Industry.InformationTechnology, 6, Words("信息技术:Information Technology 软件:Software 网络科技:Network Technology 智能科技:Intelligent Technology 移动互联科技:Mobile Internet Technology 数据服务:Data Services 通信工程:Communication Engineering"),
            [], 0, 0.0005, ["总经理", "技术总监", "运维经理", "行政经理"]),
        // No businesses: VillageCommittee comes last, the pattern with room for many names (DemoCustomerNames).
        new(Industry.Government, 9, [], [Bureau, Bureau, TownGovernment, VillageCommittee, VillageCommittee], 1, 0.05, ["办公室主任", "信息中心主任", "局长", "副局长", "综合科科长"]),
        new(Industry.Education, 7, Words("教育科技:Education Technology 教育咨询:Education Consulting"),
            [NumberedSchool, TownSchool, NamedSchool, NamedSchool], 0.85, 0.02, ["校长", "副校长", "信息中心主任", "总务主任", "办公室主任"]),
        new(Industry.Healthcare, 5, Words("医药连锁:Pharmacy Chain 医疗器械:Medical Devices 健康管理:Health Management"),
            [PublicHospital, TownClinic, TownClinic, PrivateHospital], 0.7, 0.05, ["院长", "副院长", "信息科科长", "总务科科长", "办公室主任"]),
        new(Industry.Finance, 4, Words("投资管理:Investment Management 融资担保:Financing Guarantee 保险代理:Insurance Agency 资产管理:Asset Management 小额贷款:Microcredit 融资租赁:Financial Leasing"),
            [BankBranch, BankBranch, InsuranceBranch], 0.6, 0.01, ["行长", "副行长", "运营主管", "科技部经理", "办公室主任"]),
        new(Industry.Energy, 3, Words("电力实业:Electric Power Industrial 电力设备:Electric Power Equipment 电力工程:Electric Power Engineering 燃气:Gas 热电:Thermal Power 新能源科技:New Energy Technology 石化:Petrochemical 光伏科技:Photovoltaic Technology"),
            [PowerSupply], 0.05, 0.04, ["总经理", "调度中心主任", "信息中心主任", "办公室主任"]),
        new(Industry.Agriculture, 3, Words("农业发展:Agricultural Development 水产:Aquatic Products 茶业:Tea 农产品:Agricultural Products"),
            [Cooperative], 0.4, 0.0005, ["理事长", "总经理", "负责人"]),
        new(Industry.Hospitality, 4, Words("大酒店:Grand Hotel 酒店管理:Hotel Management 餐饮管理:Catering Management 旅游开发:Tourism Development 会展服务:Exhibition Services"),
            [], 0, 0.0005, ["总经理", "前厅经理", "行政经理"]),
        new(Industry.Media, 2, Words("文化传媒:Culture and Media 广告:Advertising 影视:Film and Television 印刷:Printing"),
            [MediaCenter], 0.03, 0.01, ["总经理", "技术部主任", "办公室主任"]),
        new(Industry.Other, 2, Words("物业管理:Property Management 人力资源:Human Resources 咨询服务:Consulting 环保科技:Environmental Technology 检测技术:Testing Technology"),
            [Practice], 0.15, 0.0005, CompanyTitles),
    ];

    public static Weighted<DemoIndustry> Choice { get; } = new(All.Select(i => (i, i.Weight)));

    private static readonly Dictionary<Industry, DemoIndustry> ByIndustry = All.ToDictionary(i => i.Industry);

    public static DemoIndustry Of(Industry industry) => ByIndustry[industry];

    /// <summary>Reads "中文:English 中文:English …" (the English may contain spaces).</summary>
    private static Bilingual[] Words(string pairs) =>
        [.. System.Text.RegularExpressions.Regex.Matches(pairs, @"(\p{IsCJKUnifiedIdeographs}+):([^:\p{IsCJKUnifiedIdeographs}]+)")
            .Select(m => new Bilingual(m.Groups[1].Value, m.Groups[2].Value.Trim()))];
}
