using System.Net;

namespace BotApp.Bot.Tests.Auth;

/// <summary>Tokens the Emulator gets from Entra ID for the bot's own app (digest §3.3).</summary>
public sealed class EmulatorTokenTests(AuthTestHost host) : IClassFixture<AuthTestHost>
{
    [Fact]
    public async Task Accepts_a_v1_token_whose_appid_is_the_bot()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.EmulatorV1(host.EmulatorKey)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", host.Results[activity.Id!].CallerId);
    }

    [Fact]
    public async Task Accepts_a_v2_token_whose_azp_is_the_bot()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.EmulatorV2(host.EmulatorKey)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_v1_token_for_another_app()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.EmulatorV1(host.EmulatorKey, appId: "another-app")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("appid 'another-app' is not this bot's MicrosoftAppId", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_v2_token_for_another_app()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.EmulatorV2(host.EmulatorKey, azp: "another-app")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("azp 'another-app'", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_token_of_an_unknown_version()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.EmulatorV2(host.EmulatorKey, version: "3.0")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("unknown version '3.0'", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_a_single_tenant_token_issued_by_its_own_tenant()
    {
        const string tenant = "0f0e0d0c-0b0a-0908-0706-050403020100";
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.EmulatorV1(host.EmulatorKey, issuer: $"https://sts.windows.net/{tenant}/", tenantId: tenant)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_tenant_issuer_that_is_not_the_token_s_own_tenant()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");
        var token = TestTokens.EmulatorV1(host.EmulatorKey, issuer: "https://sts.windows.net/aaaaaaaa-0000-0000-0000-000000000000/", tenantId: "bbbbbbbb-0000-0000-0000-000000000000");

        var response = await host.PostAsync(activity, TestTokens.Bearer(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("neither the channel issuer", host.FailureFor(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_an_Emulator_token_signed_with_a_key_Entra_does_not_publish()
    {
        var activity = AuthTestHost.TeamsMessage(channelId: "emulator");

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.EmulatorV1(host.ChannelKey)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains($"'{host.ChannelKey.KeyId}' is not listed by https://login.microsoftonline.com/", host.FailureFor(activity), StringComparison.Ordinal);
    }
}
