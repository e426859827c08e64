using BotApp.Data.Rules;

namespace BotApp.Data.Tests.Rules;

public sealed class AgreementExpiryTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData(-1, RenewalWindow.Lapsed)]
    [InlineData(0, RenewalWindow.Within30Days)]
    [InlineData(30, RenewalWindow.Within30Days)]
    [InlineData(31, RenewalWindow.Within60Days)]
    [InlineData(60, RenewalWindow.Within60Days)]
    [InlineData(61, RenewalWindow.Within90Days)]
    [InlineData(90, RenewalWindow.Within90Days)]
    [InlineData(91, RenewalWindow.NotYet)]
    public void Days_left_put_an_agreement_in_its_renewal_window(int daysLeft, RenewalWindow window)
    {
        var endOn = Today.AddDays(daysLeft);

        Assert.Equal(daysLeft, AgreementExpiry.DaysLeft(endOn, Today));
        Assert.Equal(window, AgreementExpiry.WindowOf(endOn, Today));
    }

    [Fact]
    public void On_its_last_day_an_agreement_has_zero_days_left_and_has_not_lapsed() =>
        Assert.Equal(0, AgreementExpiry.DaysLeft(Today, Today));
}
