using BotApp.Data.Rules;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Data.Tests.Rules;

public sealed class ShanghaiDateTests
{
    [Theory]
    [InlineData("2026-11-23T15:59:59Z", "2026-11-23")]
    [InlineData("2026-11-23T16:00:00Z", "2026-11-24")]
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")]
    public void Today_is_the_date_in_Shanghai_not_in_UTC(string utcNow, string today)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), ShanghaiDate.Today(time));
    }
}
