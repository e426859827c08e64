using BotApp.Bot.Features.CustomerLookup.Understanding;
using BotApp.Data.Entities;
using BotApp.Handlers.Customers;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Tests.CustomerLookup.Understanding;

public sealed class LookupRecognizerTests
{
    private static readonly AgreementWindow ThisMonth = new(ThisMonth: true);

    /// <summary>The phrasings of issue 4, and their neighbours.</summary>
    public static TheoryData<string, Lookup> Phrasings => new()
    {
        // Names: bare text is a name search.
        { "查 宁波港", new(NameFragment: "宁波港") },
        { "宁波港集团", new(NameFragment: "宁波港集团") },
        { "lookup ningbo port", new(NameFragment: "ningbo port") },
        { "请帮我查一下宁波港。", new(NameFragment: "宁波港") },
        { "宁波港客户", new(NameFragment: "宁波港") },
        { "find Bank of Ningbo", new(NameFragment: "Bank of Ningbo") },
        { "search for the Ningbo Port Group please", new(NameFragment: "Ningbo Port Group") },
        // Codes, full-width too.
        { "客户 C330200001", new(Code: "C330200001") },
        { "C330200001", new(Code: "C330200001") },
        { "Ｃ３３０２００００１", new(Code: "C330200001") },
        { "查客户编号c330200001", new(Code: "C330200001") },
        { "code C330200001", new(Code: "C330200001") },
        // Mine and grades.
        { "我的客户", new(MineOnly: true) },
        { "我负责的客户", new(MineOnly: true) },
        { "customers I manage", new(MineOnly: true) },
        { "我的五星客户", new(Grade: 5, MineOnly: true) },
        { "我的5星客户", new(Grade: 5, MineOnly: true) },
        { "我的五星级客户", new(Grade: 5, MineOnly: true) },
        { "我的★★★★★客户", new(Grade: 5, MineOnly: true) },
        { "my 5-star customers", new(Grade: 5, MineOnly: true) },
        { "my five star customers", new(Grade: 5, MineOnly: true) },
        { "５星", new(Grade: 5) },
        { "五星级", new(Grade: 5) },
        { "★★★☆☆", new(Grade: 3) },
        { "grade 2 customers", new(Grade: 2) },
        // Arrears.
        { "欠费客户", new(WithArrears: true) },
        { "customers in arrears", new(WithArrears: true) },
        { "有欠费的客户吗？", new(WithArrears: true) },
        { "customers with unpaid bills", new(WithArrears: true) },
        // Agreements ending.
        { "本月到期协议", new(AgreementsEnding: ThisMonth) },
        { "本月到期的合同", new(AgreementsEnding: ThisMonth) },
        { "协议本月到期的客户", new(AgreementsEnding: ThisMonth) },
        { "agreements expiring this month", new(AgreementsEnding: ThisMonth) },
        { "agreements ending in 30 days", new(AgreementsEnding: new(30)) },
        { "30天内到期的协议", new(AgreementsEnding: new(30)) },
        { "三十天内到期的协议", new(AgreementsEnding: new(30)) },
        { "合同将在60天内到期", new(AgreementsEnding: new(60)) },
        { "两周内到期的协议", new(AgreementsEnding: new(14)) },
        { "3个月内到期的合同", new(AgreementsEnding: new(90)) },
        { "contracts expiring within the next 2 weeks", new(AgreementsEnding: new(14)) },
        { "月底前到期的协议", new(AgreementsEnding: ThisMonth) },
        { "agreements due in 6 weeks", new(AgreementsEnding: new(42)) },
        { "contracts that end within a month", new(AgreementsEnding: new(30)) },
        { "0天内到期", new(AgreementsEnding: new(1)) },
        { "expiring agreements", new(AgreementsEnding: new()) },
        { "即将到期的协议", new(AgreementsEnding: new()) },
        // Industries.
        { "教育行业客户", new(Industry: Industry.Education) },
        { "education customers", new(Industry: Industry.Education) },
        { "金融业客户", new(Industry: Industry.Finance) },
        { "医院客户", new(Industry: Industry.Healthcare) },
        { "customers in the finance sector", new(Industry: Industry.Finance) },
        { "IT行业客户", new(Industry: Industry.InformationTechnology) },
        { "IT customers", new(Industry: Industry.InformationTechnology) },
        { "宁波 医院", new(NameFragment: "宁波", Industry: Industry.Healthcare) },
        { "宁波教育行业客户", new(NameFragment: "宁波", Industry: Industry.Education) },
        // Combinations, in any order.
        { "我的欠费客户", new(MineOnly: true, WithArrears: true) },
        { "教育行业的三星客户", new(Grade: 3, Industry: Industry.Education) },
        { "三星客户 教育行业", new(Grade: 3, Industry: Industry.Education) },
        { "find hospital customers in arrears", new(Industry: Industry.Healthcare, WithArrears: true) },
        { "find hospitals in arrears", new(Industry: Industry.Healthcare, WithArrears: true) },
        { "我的本月到期协议", new(MineOnly: true, AgreementsEnding: ThisMonth) },
        { "my customers with agreements ending this month", new(MineOnly: true, AgreementsEnding: ThisMonth) },
        { "五星级酒店客户", new(Grade: 5, Industry: Industry.Hospitality) },
        { "宁波 欠费", new(NameFragment: "宁波", WithArrears: true) },
        { "欠费的宁波港客户", new(NameFragment: "宁波港", WithArrears: true) },
        { "宁波港 C330200001", new(NameFragment: "宁波港", Code: "C330200001") },
        { "我的　五星　教育　欠费　客户", new(Grade: 5, Industry: Industry.Education, MineOnly: true, WithArrears: true) },
        // Words that are names here, not criteria.
        { "大客户服务部", new(NameFragment: "大客户服务部") },
        { "客户服务中心", new(NameFragment: "客户服务中心") },
        { "宁波市教育局", new(NameFragment: "宁波市教育局") },
        { "查 宁波银行", new(NameFragment: "宁波银行") },
        { "农业银行", new(NameFragment: "农业银行") },
        { "查 三星", new(NameFragment: "三星") },
        { "三星电子", new(NameFragment: "三星电子") },
        { "五星电器", new(NameFragment: "五星电器") },
        { "查 找钢网", new(NameFragment: "找钢网") },
        { "Ningbo No.1 Hospital", new(NameFragment: "Ningbo No.1 Hospital") },
        { "find it", new(NameFragment: "it") },
        { "Customer Service Center", new(NameFragment: "Customer Service Center") },
        { "lookup Ningbo Port Co., Ltd.", new(NameFragment: "Ningbo Port Co., Ltd") },
        { "Ningbo Port, in arrears", new(NameFragment: "Ningbo Port", WithArrears: true) },
        { "宁波港，欠费，五星级", new(NameFragment: "宁波港", Grade: 5, WithArrears: true) },
        // Negated criteria cannot be asked for; taking them as criteria would answer the opposite question.
        { "没有欠费的客户", new(NameFragment: "没有欠费") },
        { "customers not in arrears", new(NameFragment: "not in arrears") },
        { "宁波港 本月", new(NameFragment: "宁波港 本月") },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Understands_the_phrasing(string text, Lookup expected)
    {
        var recognition = LookupRecognizer.Recognize(text);

        Assert.Equal(expected, recognition.Lookup);
        Assert.False(recognition.IsEmptyQuery);
    }

    [Theory]
    [InlineData("查")]
    [InlineData("查一下")]
    [InlineData("客户")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("lookup")]
    [InlineData("find customers please")]
    [InlineData("帮我查查客户吧？")]
    public void Asks_what_to_look_up_when_nothing_is_left(string? text)
    {
        var recognition = LookupRecognizer.Recognize(text);

        Assert.True(recognition.IsEmptyQuery);
        Assert.True(recognition.Lookup.IsEmpty);
    }

    [Theory]
    [InlineData("所有客户")]
    [InlineData("全部客户")]
    [InlineData("show all customers")]
    public void Lists_every_visible_customer_when_asked_for_all(string text)
    {
        var recognition = LookupRecognizer.Recognize(text);

        Assert.True(recognition.Lookup.IsEmpty);
        Assert.True(recognition.ListsAll);
        Assert.False(recognition.IsEmptyQuery);
    }

    [Fact]
    public void Keeps_all_with_other_criteria()
    {
        var recognition = LookupRecognizer.Recognize("我的所有欠费客户");

        Assert.Equal(new Lookup(MineOnly: true, WithArrears: true), recognition.Lookup);
        Assert.True(recognition.ListsAll);
    }

    [Fact]
    public void Keeps_the_first_grade_when_two_are_given()
    {
        var recognition = LookupRecognizer.Recognize("5星 三星客户");

        Assert.Equal(new Lookup(Grade: 5), recognition.Lookup);
    }

    [Fact]
    public void Reads_only_the_start_of_a_long_pasted_message()
    {
        var text = "欠费 " + string.Concat(Enumerable.Repeat("宁波 本月 30天 三星 的 客户 所有 customers in the ", 500)) + "教育行业";

        var recognition = LookupRecognizer.Recognize(text);

        Assert.True(recognition.Lookup.WithArrears);
        Assert.Null(recognition.Lookup.Industry);
        Assert.InRange(recognition.Lookup.NameFragment!.Length, 1, LookupRecognizer.MaxLength);
    }
}
