using BotApp.Data.Rules;

namespace BotApp.Data.Tests.Rules;

public sealed class CustomerCodeTests
{
    [Theory]
    [InlineData("C330200001", true)]
    [InlineData("C000000000", true)]
    [InlineData("c330200001", false)]
    [InlineData("C33020000", false)]
    [InlineData("C3302000011", false)]
    [InlineData("C33020000A", false)]
    [InlineData(" C330200001", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_code_is_C_and_nine_digits(string? code, bool valid) =>
        Assert.Equal(valid, CustomerCode.IsValid(code));
}
