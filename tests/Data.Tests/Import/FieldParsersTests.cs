using BotApp.Data.Entities;
using BotApp.Data.Import;

namespace BotApp.Data.Tests.Import;

public sealed class FieldParsersTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("12.5", 12.5)]
    [InlineData("12.50", 12.5)]
    [InlineData("12.500", 12.5)]
    [InlineData("1,280,000.00", 1_280_000)]
    [InlineData("999999999999.99", 999_999_999_999.99)]
    public void Money_in_yuan_to_the_fen(string text, decimal expected)
    {
        Assert.True(FieldParsers.TryMoney(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("-0.01", ImportReason.Negative)]
    [InlineData("12.345", ImportReason.TooManyDecimals)]
    [InlineData("1000000000000", ImportReason.TooLarge)]
    [InlineData("¥12", ImportReason.NotANumber)]
    [InlineData("12元", ImportReason.NotANumber)]
    [InlineData("1e3", ImportReason.NotANumber)]
    public void Money_that_is_refused(string text, ImportReason reason)
    {
        Assert.False(FieldParsers.TryMoney(text, out _, out var actual));
        Assert.Equal(reason, actual);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("3,580", 3580)]
    public void Member_counts_are_whole_numbers(string text, int expected)
    {
        Assert.True(FieldParsers.TryCount(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("-1", ImportReason.Negative)]
    [InlineData("12.5", ImportReason.NotAnInteger)]
    [InlineData("many", ImportReason.NotANumber)]
    public void Member_counts_that_are_refused(string text, ImportReason reason)
    {
        Assert.False(FieldParsers.TryCount(text, out _, out var actual));
        Assert.Equal(reason, actual);
    }

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026-3-1")]
    [InlineData("2026/3/1")]
    [InlineData("2026/03/01")]
    public void Dates_in_ISO_or_slash_form(string text)
    {
        Assert.True(FieldParsers.TryDate(text, out var value, out _));
        Assert.Equal(new DateOnly(2026, 3, 1), value);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("01/03/2026")]
    [InlineData("20260301")]
    [InlineData("2026年3月1日")]
    public void Dates_that_are_refused(string text)
    {
        Assert.False(FieldParsers.TryDate(text, out _, out var reason));
        Assert.Equal(ImportReason.NotADate, reason);
    }

    [Theory]
    [InlineData("202610")]
    [InlineData("2026-10")]
    [InlineData("2026/10")]
    public void Months_as_yyyyMM_or_with_a_separator(string text)
    {
        Assert.True(FieldParsers.TryMonth(text, out var value, out _));
        Assert.Equal(202610, value);
    }

    [Fact]
    public void A_one_digit_month_after_a_separator_is_fine()
    {
        Assert.True(FieldParsers.TryMonth("2026-1", out var value, out _));
        Assert.Equal(202601, value);
    }

    [Theory]
    [InlineData("202613")]
    [InlineData("202600")]
    [InlineData("20261")]
    [InlineData("2026-10-01")]
    [InlineData("Oct 2026")]
    [InlineData("180001")]
    public void Months_that_are_refused(string text)
    {
        Assert.False(FieldParsers.TryMonth(text, out _, out var reason));
        Assert.Equal(ImportReason.NotAMonth, reason);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("否", false)]
    [InlineData("n", false)]
    [InlineData("0", false)]
    public void Flags(string text, bool expected)
    {
        Assert.True(FieldParsers.TryFlag(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void A_flag_that_is_neither_is_refused()
    {
        Assert.False(FieldParsers.TryFlag("VIP", out _, out var reason));
        Assert.Equal(ImportReason.NotAFlag, reason);
    }

    [Theory]
    [InlineData("医疗卫生", Industry.Healthcare)]
    [InlineData("制造业", Industry.Manufacturing)]
    [InlineData("finance", Industry.Finance)]
    [InlineData("Information_Technology", Industry.InformationTechnology)]
    [InlineData("it", Industry.InformationTechnology)]
    public void Industries_in_Chinese_or_English(string text, Industry expected)
    {
        Assert.True(ImportVocabulary.TryIndustry(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Finance,Media")]
    [InlineData("航天")]
    public void Industries_that_are_not_a_defined_name_are_refused(string text)
    {
        Assert.False(ImportVocabulary.TryIndustry(text, out _, out var reason));
        Assert.Equal(ImportReason.UnknownIndustry, reason);
    }

    [Theory]
    [InlineData("生效", AgreementStatus.Active)]
    [InlineData("已终止", AgreementStatus.Terminated)]
    [InlineData("renewed", AgreementStatus.Renewed)]
    public void Agreement_statuses_in_Chinese_or_English(string text, AgreementStatus expected)
    {
        Assert.True(ImportVocabulary.TryStatus(text, out var value, out _));
        Assert.Equal(expected, value);
    }
}
