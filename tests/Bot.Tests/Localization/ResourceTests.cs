using System.Reflection;
using System.Xml.Linq;
using BotApp.Bot.Localization;
using BotApp.Data.Entities;
using BotApp.Data.Rules;

namespace BotApp.Bot.Tests.Localization;

/// <summary>Every text exists in both languages: a key missing in one would throw in front of a user.</summary>
public sealed class ResourceTests
{
    private static readonly ResxLocalizer Texts = new();

    [Fact]
    public void Chinese_and_English_resources_have_the_same_keys()
    {
        Assert.Equal(Keys("Strings.resx"), Keys("Strings.en.resx"));
    }

    [Fact]
    public void Every_text_key_has_Chinese_and_English_text()
    {
        var keys = typeof(TextKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Texts.Get(key, "zh-CN")));
            Assert.False(string.IsNullOrWhiteSpace(Texts.Get(key, "en-US")));
        });
    }

    [Fact]
    public void Every_value_of_an_enum_shown_on_cards_has_a_name_in_both_languages()
    {
        AssertNamed<Industry>();
        AssertNamed<ProductCategory>();
        AssertNamed<PlanStatus>();
        AssertNamed<WorkOrderKind>();
        AssertNamed<WorkOrderSeverity>();
        AssertNamed<WorkOrderStatus>();
        AssertNamed<ArrearsAgeBucket>();
    }

    [Theory]
    [InlineData(0, "zh-CN", "¥0")]
    [InlineData(4800, "zh-CN", "¥4,800")]
    [InlineData(1234.5, "en-US", "¥1,234.5")]
    [InlineData(9999.99, "zh-CN", "¥9,999.99")]
    [InlineData(10000, "zh-CN", "¥1万")]
    [InlineData(123456, "zh-CN", "¥12.35万")]
    [InlineData(250000000, "zh-CN", "¥2.5亿")]
    [InlineData(123456, "en-US", "¥123.46K")]
    [InlineData(2500000, "en-US", "¥2.5M")]
    [InlineData(-123456, "zh-CN", "-¥12.35万")]
    public void Money_reads_as_the_business_reads_it(decimal yuan, string locale, string expected)
    {
        Assert.Equal(expected, MoneyText.Format(yuan, locale));
    }

    private static void AssertNamed<T>()
        where T : struct, Enum
    {
        // Get throws for a missing key; an empty value would render as a blank label.
        Assert.All(Enum.GetValues<T>(), value =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Texts.Name(value, "zh-CN")));
            Assert.False(string.IsNullOrWhiteSpace(Texts.Name(value, "en-US")));
        });
    }

    private static List<string> Keys(string file)
    {
        var path = Path.Combine(RepoRoot(), "src", "Bot", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal).ToList();
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BotApp.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("BotApp.sln not found above the test output.");
    }
}
