using System.Net;
using Microsoft.IdentityModel.Tokens;

namespace BotApp.Bot.Tests.Auth;

/// <summary>POST /api/messages with tokens as Azure Bot Service channels send them (digest §3.2).</summary>
public sealed class ChannelTokenTests(AuthTestHost host) : IClassFixture<AuthTestHost>
{
    [Fact]
    public async Task Accepts_a_valid_channel_token_and_sets_the_public_cloud_caller_id()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = host.Results[activity.Id!];
        Assert.Equal("urn:botframework:azure", result.CallerId);
        Assert.Equal(TestTokens.AppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task Rejects_a_request_without_a_token()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("No Authorization header", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer x.y.z")]
    [InlineData("Bearer a b")]
    public async Task Rejects_a_header_that_is_not_exactly_Bearer_and_a_token(string header)
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("'Bearer <token>'", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_with_a_bad_signature()
    {
        using var impostor = new TestSigningKey(host.ChannelKey.KeyId); // same kid, different key
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(impostor, activity.ServiceUrl!)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signature does not verify", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_from_another_issuer()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!, issuer: "https://api.botframework.evil")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("issuer 'https://api.botframework.evil'", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_with_the_wrong_audience()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!, audience: "another-bot")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("audience 'another-bot'", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_expired_beyond_the_five_minute_clock_skew()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!, expires: TestTokens.Now.AddMinutes(-10))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_a_token_expired_within_the_five_minute_clock_skew()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!, expires: TestTokens.Now.AddMinutes(-2))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_token_whose_key_is_not_endorsed_for_the_channel()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "slack");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not endorsed for channel 'slack'", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_whose_serviceurl_differs_from_the_activity()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, "https://attacker.example/")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not match the activity's serviceUrl", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compares_the_serviceurl_claim_ignoring_case()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!.ToUpperInvariant())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_token_without_a_serviceurl_claim()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!, withServiceUrl: false)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no 'serviceurl' claim", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_signed_with_an_algorithm_outside_RS256_RS384_RS512()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!, algorithm: SecurityAlgorithms.RsaSsaPssSha256)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("'PS256'", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_RS512()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!, algorithm: SecurityAlgorithms.RsaSha512)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_channel_token_signed_with_an_Emulator_key()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.EmulatorKey, activity.ServiceUrl!)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains($"'{host.EmulatorKey.KeyId}' is not listed", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_that_is_not_a_JWT()
    {
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, "Bearer not-a-jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not a well-formed JWT", host.FailureFor(activity), StringComparison.Ordinal);
    }
}
