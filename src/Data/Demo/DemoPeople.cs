namespace BotApp.Data.Demo;

/// <summary>Chinese personal names and mobile numbers for staff and customer contacts.</summary>
public static class DemoPeople
{
    /// <summary>Common surnames, the most frequent several times so they come up about as often as in life.</summary>
    private static readonly Weighted<string> Surnames = new(
        "王李张刘陈".Select(c => (c.ToString(), 7))
            .Concat("杨黄赵吴周徐孙马朱胡郭何高林罗".Select(c => (c.ToString(), 3)))
            .Concat("郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝邵钱严武戴孔汤".Select(c => (c.ToString(), 1))));

    private static readonly string[] GivenSingle =
        [.. "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华燕玲丹萍红鹏辉斌宇浩凯健俊帆琳晶颖婷雪倩慧莉欣蕾峰亮波宁博文彬琦楠悦".Select(c => c.ToString())];

    private static readonly string[] GivenFirst = [.. "志建俊晓国海春嘉雨思子梓一宏永佳浩晨欣梦雅亚文立美天少德振家".Select(c => c.ToString())];

    /// <summary>A name of two or three characters; never one of <paramref name="reserved"/> (the named demo people).</summary>
    public static string Name(DemoRandom random, IReadOnlySet<string>? reserved = null)
    {
        while (true)
        {
            var given = random.Chance(0.45) ? random.Pick(GivenSingle) : random.Pick(GivenFirst) + random.Pick(GivenSingle);
            var name = Surnames.Pick(random) + given;
            if (reserved is null || !reserved.Contains(name))
                return name;
        }
    }

    /// <summary>An 11-digit mobile number on one of the operator's prefixes.</summary>
    public static string Phone(DemoRandom random) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{random.Pick(Prefixes)}{random.Next(10_000_000, 100_000_000)}");

    private static readonly int[] Prefixes = [134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 187, 188, 198];
}
