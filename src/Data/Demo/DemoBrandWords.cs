namespace BotApp.Data.Demo;

/// <summary>
/// 字号: the distinctive word of a company name. Two auspicious characters, the way most small firms name
/// themselves (华兴, 恒达, 瑞丰), with pinyin for the English name; a few fixed words add local colour (甬, 四明,
/// 天一) and the two-character fragments search must find (联通).
/// </summary>
public static class DemoBrandWords
{
    private static readonly (char Zh, string Pinyin)[] Characters =
    [
        ('华', "hua"), ('兴', "xing"), ('鑫', "xin"), ('瑞', "rui"), ('恒', "heng"), ('达', "da"), ('通', "tong"), ('诚', "cheng"),
        ('信', "xin"), ('源', "yuan"), ('泰', "tai"), ('宏', "hong"), ('盛', "sheng"), ('丰', "feng"), ('祥', "xiang"), ('安', "an"),
        ('康', "kang"), ('隆', "long"), ('昌', "chang"), ('德', "de"), ('明', "ming"), ('新', "xin"), ('金', "jin"), ('海', "hai"),
        ('天', "tian"), ('宇', "yu"), ('博', "bo"), ('创', "chuang"), ('智', "zhi"), ('联', "lian"), ('众', "zhong"), ('力', "li"),
        ('晟', "sheng"), ('嘉', "jia"), ('锦', "jin"), ('凯', "kai"), ('浩', "hao"), ('润', "run"), ('远', "yuan"), ('航', "hang"),
        ('舜', "shun"), ('港', "gang"), ('科', "ke"), ('美', "mei"), ('佳', "jia"), ('宝', "bao"), ('利', "li"), ('振', "zhen"),
        ('伟', "wei"), ('立', "li"), ('正', "zheng"), ('和', "he"), ('平', "ping"), ('骏', "jun"), ('飞', "fei"), ('龙', "long"),
        ('鸿', "hong"), ('辉', "hui"), ('益', "yi"), ('星', "xing"), ('光', "guang"), ('峰', "feng"), ('翔', "xiang"), ('腾', "teng"),
        ('顺', "shun"), ('永', "yong"), ('荣', "rong"), ('耀', "yao"), ('百', "bai"), ('万', "wan"), ('东', "dong"), ('方', "fang"),
        ('亚', "ya"), ('欧', "ou"), ('环', "huan"), ('元', "yuan"), ('久', "jiu"), ('旺', "wang"), ('富', "fu"), ('茂', "mao"),
        ('晶', "jing"), ('汇', "hui"), ('亿', "yi"), ('帆', "fan"), ('舟', "zhou"), ('甬', "yong"), ('诺', "nuo"), ('卓', "zhuo"),
        ('越', "yue"), ('威', "wei"), ('凌', "ling"), ('欣', "xin"), ('捷', "jie"), ('展', "zhan"), ('成', "cheng"), ('日', "ri"),
    ];

    private static readonly Bilingual[] Fixed =
    [
        new("四明", "Siming"), new("天一", "Tianyi"), new("月湖", "Yuehu"), new("东钱湖", "Dongqianhu"), new("甬城", "Yongcheng"),
        new("联通", "Liantong"), new("三江", "Sanjiang"), new("河姆渡", "Hemudu"), new("阳明", "Yangming"), new("杭州湾", "Hangzhouwan"),
    ];

    public static Bilingual Next(DemoRandom random)
    {
        if (random.Chance(0.04))
            return random.Pick(Fixed);
        var first = random.Pick(Characters);
        var second = random.Pick(Characters);
        while (second.Zh == first.Zh)
            second = random.Pick(Characters);
        return new($"{first.Zh}{second.Zh}", Capitalised(first.Pinyin) + second.Pinyin);
    }

    private static string Capitalised(string pinyin) => char.ToUpperInvariant(pinyin[0]) + pinyin[1..];
}
