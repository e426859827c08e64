namespace BotApp.SearchBench;

/// <summary>
/// Company names shaped like a Ningbo group-customer list: place + trade name (two characters from the ones firms
/// use) + line of business + legal form, with schools, hospitals, town governments and bank branches mixed in;
/// English names in pinyin as BSS exports carry them. Deterministic for a seed.
/// </summary>
internal sealed class SyntheticNames(int seed)
{
    private static readonly (string Zh, string En)[] Places =
    [
        ("宁波", "Ningbo"), ("余姚", "Yuyao"), ("慈溪", "Cixi"), ("奉化", "Fenghua"), ("象山", "Xiangshan"), ("宁海", "Ninghai"),
        ("鄞州", "Yinzhou"), ("镇海", "Zhenhai"), ("北仑", "Beilun"), ("海曙", "Haishu"), ("江北", "Jiangbei"), ("杭州湾", "Hangzhou Bay"),
    ];

    private static readonly (string Zh, string En)[] Marks = [.. """
        华hua 东dong 兴xing 盛sheng 达da 宏hong 鑫xin 源yuan 丰feng 泰tai 安an 康kang 恒heng 瑞rui 祥xiang 晨chen 光guang 明ming 远yuan
        航hang 新xin 海hai 天tian 金jin 银yin 创chuang 科ke 信xin 德de 美mei 佳jia 永yong 昌chang 隆long 发fa 荣rong 富fu 强qiang 立li
        博bo 智zhi 通tong 联lian 星xing 宇yu 龙long 凤feng 中zhong 大da 长chang 江jiang 山shan 河he 湖hu 浙zhe 甬yong 港gang 城cheng
        乐le 福fu 嘉jia 和he 平ping 正zheng 诚cheng 志zhi 鸿hong 伟wei 杰jie 峰feng 腾teng 飞fei 扬yang 振zhen 万wan 汇hui 聚ju 合he
        力li 方fang 圆yuan 景jing 润run 泽ze 卓zhuo 越yue 优you 精jing 品pin 诺nuo 亿yi 百bai 千qian 宝bao 利li 凯kai 辉hui 亚ya 欧ou
        环huan 宁ning 波bo 盈ying 益yi 鼎ding 豪hao 俊jun 雅ya 森sen 林lin 松song 柏bai 竹zhu 梅mei 兰lan 云yun 雨yu 雪xue 春chun
        秋qiu 阳yang 月yue 晶jing 玉yu 石shi 泉quan 溪xi 川chuan 洋yang 湾wan 岛dao 桥qiao 园yuan 居ju 家jia 人ren 民min 众zhong 友you
        邦bang 道dao 路lu 途tu 程cheng 启qi 展zhan 望wang 思si 维wei 特te 威wei 尔er 斯si 普pu 迪di 奥ao 克ke 赛sai 菲fei 朗lang
        格ge 派pai 拓tuo 捷jie 迅xun 驰chi 骏jun 锐rui 铭ming 琪qi 瑶yao 琳lin 蓝lan 绿lv 红hong 紫zi 青qing 白bai 三san 九jiu
        """.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(m => (m[..1], m[1..]))];

    private static readonly (string Zh, string En)[] Trades =
    [
        ("科技", "Technology"), ("模具", "Mould"), ("电器", "Electric Appliance"), ("物流", "Logistics"), ("贸易", "Trading"),
        ("建设", "Construction"), ("医疗器械", "Medical Device"), ("食品", "Food"), ("纺织", "Textile"), ("服饰", "Apparel"),
        ("机械", "Machinery"), ("电子", "Electronics"), ("化工", "Chemical"), ("塑料", "Plastics"), ("五金", "Hardware"),
        ("汽车配件", "Auto Parts"), ("文化传媒", "Culture Media"), ("信息技术", "Information Technology"), ("网络科技", "Network Technology"),
        ("软件", "Software"), ("环保科技", "Environmental Technology"), ("新材料", "New Materials"), ("生物科技", "Biotechnology"),
        ("农业", "Agriculture"), ("水产", "Aquatic Products"), ("房地产开发", "Real Estate Development"), ("物业管理", "Property Management"),
        ("酒店管理", "Hotel Management"), ("餐饮管理", "Catering Management"), ("教育咨询", "Education Consulting"), ("投资", "Investment"),
        ("实业", "Industrial"), ("进出口", "Import and Export"), ("印刷", "Printing"), ("包装", "Packaging"), ("家具", "Furniture"),
        ("灯具", "Lighting"), ("文具", "Stationery"), ("轴承", "Bearing"), ("光电", "Optoelectronics"), ("港口服务", "Port Services"),
    ];

    private static readonly (string Zh, string En)[] Forms =
    [
        ("有限公司", "Co., Ltd."), ("有限公司", "Co., Ltd."), ("有限公司", "Co., Ltd."), ("股份有限公司", "Co., Ltd."),
        ("集团有限公司", "Group Co., Ltd."), ("有限责任公司", "Co., Ltd."), ("厂", "Factory"),
    ];

    private static readonly (string Zh, string En)[] Banks =
        [("中国银行", "Bank of China"), ("工商银行", "ICBC"), ("建设银行", "CCB"), ("宁波银行", "Bank of Ningbo"), ("农业银行", "ABC")];

    private readonly Random _random = new(seed);

    public (string Name, string NameEn) Next()
    {
        var place = Pick(Places);
        var (a, b) = (Pick(Marks), Pick(Marks));
        var mark = (Zh: a.Zh + b.Zh, En: char.ToUpperInvariant(a.En[0]) + a.En[1..] + b.En);
        var roll = _random.NextDouble();
        if (roll < 0.85)
        {
            var (trade, form) = (Pick(Trades), Pick(Forms));
            return _random.NextDouble() < 0.7
                ? ($"{place.Zh}{mark.Zh}{trade.Zh}{form.Zh}", $"{place.En} {mark.En} {trade.En} {form.En}")
                : ($"{mark.Zh}{trade.Zh}{form.Zh}", $"{mark.En} {trade.En} {form.En}");
        }
        if (roll < 0.90)
        {
            var number = _random.Next(1, 41);
            return ($"{place.Zh}市第{number}中学", $"{place.En} No.{number} Middle School");
        }
        if (roll < 0.94)
            return ($"{place.Zh}{mark.Zh}医院", $"{place.En} {mark.En} Hospital");
        if (roll < 0.97)
            return ($"{place.Zh}{mark.Zh}镇人民政府", $"{mark.En} Town People's Government");
        var bank = Pick(Banks);
        return ($"{bank.Zh}{place.Zh}{mark.Zh}支行", $"{bank.En} {place.En} {mark.En} Sub-branch");
    }

    /// <summary>Monthly mobile revenue, yuan: most customers small, a long tail of large ones (all five grades).</summary>
    public decimal NextRevenue() => _random.NextDouble() switch
    {
        < 0.60 => _random.Next(0, 250_000) / 100m,
        < 0.85 => _random.Next(250_000, 1_000_000) / 100m,
        < 0.95 => _random.Next(1_000_000, 3_000_000) / 100m,
        < 0.99 => _random.Next(3_000_000, 5_000_000) / 100m,
        _ => _random.Next(5_000_000, 50_000_000) / 100m,
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
