using System.Net;

namespace BotApp.Bot.Tests.Auth;

/// <summary>Signing keys rotate: an unknown kid forces one metadata refresh, and unreachable metadata fails closed.</summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task Refreshes_the_keys_once_when_a_token_names_an_unknown_key()
    {
        using var host = new AuthTestHost();
        var first = AuthTestHost.TeamsMessage();
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(first, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, first.ServiceUrl!)))).StatusCode);
        using var rotated = new TestSigningKey("channel-key-2");
        host.Metadata.AddChannelKey(rotated, "msteams");
        var fetchesBefore = host.Metadata.Fetches(MetadataStub.ChannelKeysUrl);
        var second = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(second, TestTokens.Bearer(TestTokens.Channel(rotated, second.ServiceUrl!)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fetchesBefore + 1, host.Metadata.Fetches(MetadataStub.ChannelKeysUrl));
    }

    [Fact]
    public async Task Does_not_refetch_keys_for_every_token_with_an_unknown_key()
    {
        using var host = new AuthTestHost();
        using var stranger = new TestSigningKey("never-published");
        var activities = Enumerable.Range(0, 3).Select(_ => AuthTestHost.TeamsMessage()).ToList();

        foreach (var activity in activities)
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(stranger, activity.ServiceUrl!)))).StatusCode);

        Assert.Contains("'never-published' is not listed", host.FailureFor(activities[^1]), StringComparison.Ordinal);
        Assert.Equal(2, host.Metadata.Fetches(MetadataStub.ChannelKeysUrl)); // first load + one forced refresh
    }

    [Fact]
    public async Task Fails_closed_when_the_metadata_cannot_be_fetched()
    {
        using var host = new AuthTestHost();
        host.Metadata.Broken = true;
        var activity = AuthTestHost.TeamsMessage();

        var response = await host.PostAsync(activity, TestTokens.Bearer(TestTokens.Channel(host.ChannelKey, activity.ServiceUrl!)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Could not load signing keys from https://login.botframework.com/", host.FailureFor(activity), StringComparison.Ordinal);
    }
}
