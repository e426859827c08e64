using BotApp.Data.Rules;

namespace BotApp.Data.Tests.Rules;

public sealed class CustomerGradeTests
{
    [Theory]
    [InlineData("-120.00", 1)]
    [InlineData("0", 1)]
    [InlineData("2499.99", 1)]
    [InlineData("2500.00", 2)]
    [InlineData("9999.99", 2)]
    [InlineData("10000.00", 3)]
    [InlineData("29999.99", 3)]
    [InlineData("30000.00", 4)]
    [InlineData("49999.99", 4)]
    [InlineData("50000.00", 5)]
    [InlineData("1250000", 5)]
    public void A_boundary_amount_takes_the_higher_grade(string monthlyRevenue, int stars) =>
        Assert.Equal(stars, CustomerGrade.Of(decimal.Parse(monthlyRevenue, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Bands_are_listed_highest_first_so_the_first_match_wins()
    {
        var froms = CustomerGrade.Bands.Select(b => b.From).ToList();

        Assert.Equal(froms.OrderDescending(), froms);
        Assert.Equal([5, 4, 3, 2], CustomerGrade.Bands.Select(b => b.Stars));
    }
}
