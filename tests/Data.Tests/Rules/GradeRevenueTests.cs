using BotApp.Data.Rules;

namespace BotApp.Data.Tests.Rules;

public sealed class GradeRevenueTests
{
    private const int LastClosed = 202610;

    [Fact]
    public void Averages_the_last_three_closed_months()
    {
        var revenue = GradeRevenue.Of([(202608, 30_000m), (202609, 60_000m), (202610, 60_000m)], LastClosed);

        Assert.Equal(50_000m, revenue);
    }

    [Fact]
    public void Ignores_months_before_the_window_and_after_the_close()
    {
        var revenue = GradeRevenue.Of([(202607, 900_000m), (202608, 3_000m), (202609, 3_000m), (202610, 3_000m), (202611, 900_000m)], LastClosed);

        Assert.Equal(3_000m, revenue);
    }

    [Fact]
    public void A_month_without_a_mobile_bill_counts_as_zero_for_an_established_customer()
    {
        var revenue = GradeRevenue.Of([(202601, 1m), (202608, 30_000m), (202610, 30_000m)], LastClosed);

        Assert.Equal(20_000m, revenue);
    }

    [Theory]
    [InlineData(202610, 1)]
    [InlineData(202609, 2)]
    [InlineData(202608, 3)]
    public void A_new_customer_is_averaged_over_the_months_since_its_first_mobile_bill(int firstMonth, int months)
    {
        var bills = Enumerable.Range(0, months).Select(i => (BillingMonth.Add(firstMonth, i), 12_000m));

        Assert.Equal(12_000m, GradeRevenue.Of(bills, LastClosed));
    }

    [Fact]
    public void Several_products_in_one_month_add_up()
    {
        var revenue = GradeRevenue.Of([(202610, 1_000m), (202610, 1_500m)], LastClosed);

        Assert.Equal(2_500m, revenue);
    }

    [Fact]
    public void No_mobile_bill_at_all_is_zero()
    {
        Assert.Equal(0m, GradeRevenue.Of([], LastClosed));
        Assert.Equal(0m, GradeRevenue.Of([(202611, 5_000m)], LastClosed));
    }

    [Fact]
    public void The_average_is_rounded_half_away_from_zero_to_the_fen_and_graded_as_rounded()
    {
        var revenue = GradeRevenue.Of([(202608, 2_499.99m), (202609, 2_500m), (202610, 2_500m)], LastClosed);

        Assert.Equal(2_500.00m, revenue);
        Assert.Equal(2, CustomerGrade.Of(revenue));
    }

    [Fact]
    public void An_average_just_below_a_boundary_after_rounding_keeps_the_lower_grade()
    {
        var revenue = GradeRevenue.Of([(202608, 2_499.98m), (202609, 2_500m), (202610, 2_500m)], LastClosed);

        Assert.Equal(2_499.99m, revenue);
        Assert.Equal(1, CustomerGrade.Of(revenue));
    }
}
