using BotApp.Bot.Protocol.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.Auth;

/// <summary>Connector tokens from the (stubbed) Entra token endpoint, as Bot Builder's MsalAppCredentials gets them (digest §3.4).</summary>
public sealed class ConnectorTokenProviderTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private const string Tenant = "0f0e0d0c-0b0a-0908-0706-050403020100";

    private readonly TokenEndpointStub _endpoint = new();
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private ServiceProvider? _services;

    [Fact]
    public async Task Gets_a_client_credentials_token_from_the_botframework_tenant_for_a_multi_tenant_bot()
    {
        var provider = Provider();

        var token = await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);

        Assert.Equal("token-1", token);
        var request = Assert.Single(_endpoint.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(TestTokens.AppId, request.Form["client_id"]);
        Assert.Equal("test-secret", request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task Uses_the_bot_s_own_tenant_for_a_single_tenant_bot()
    {
        var provider = Provider(("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppTenantId", Tenant));

        await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);

        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token", Assert.Single(_endpoint.TokenRequests).Uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task Uses_ToChannelFromBotLoginUrl_as_the_full_authority_when_set()
    {
        var provider = Provider(("ToChannelFromBotLoginUrl", $"https://login.microsoftonline.com/{Tenant}"), ("ToChannelFromBotOAuthScope", "https://api.botframework.com/"));

        await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);

        var request = Assert.Single(_endpoint.TokenRequests);
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task Uses_the_US_Government_authority_and_scope_when_ChannelService_selects_it()
    {
        var provider = Provider(("ChannelService", "https://botframework.azure.us"));

        await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);

        var request = Assert.Single(_endpoint.TokenRequests);
        // MSAL lower-cases the tenant in the URL.
        Assert.Equal("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path), ignoreCase: true);
        Assert.Equal("https://api.botframework.us/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task Caches_the_token_across_requests()
    {
        var provider = Provider();

        var first = await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync("https://smba.trafficmanager.net/emea/", CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_endpoint.TokenRequests);
    }

    [Fact]
    public async Task Refreshes_the_token_five_minutes_before_it_expires()
    {
        var provider = Provider();
        await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(56));
        var token = await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);

        Assert.Equal("token-2", token);
        Assert.Equal(2, _endpoint.TokenRequests.Count);
    }

    [Fact]
    public async Task Makes_concurrent_callers_share_one_token_request()
    {
        var provider = Provider();
        _endpoint.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 5).Select(_ => provider.GetTokenAsync(ServiceUrl, CancellationToken.None)).ToList();
        _endpoint.Gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Single(_endpoint.TokenRequests);
    }

    [Fact]
    public async Task Returns_no_token_when_the_bot_is_anonymous()
    {
        var provider = Provider(("MicrosoftAppId", ""), ("MicrosoftAppPassword", ""));

        var token = await provider.GetTokenAsync(ServiceUrl, CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(_endpoint.TokenRequests);
    }

    [Theory]
    [InlineData("http://localhost:3978/directline/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://[::1]:3978/")]
    public async Task Never_sends_the_bot_s_token_to_a_loopback_serviceUrl(string serviceUrl)
    {
        var provider = Provider();

        var token = await provider.GetTokenAsync(serviceUrl, CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(_endpoint.TokenRequests);
    }

    [Fact]
    public async Task Says_clearly_that_UserAssignedMSI_is_not_supported_yet()
    {
        var provider = Provider(("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppPassword", ""), ("MicrosoftAppTenantId", Tenant));

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => provider.GetTokenAsync(ServiceUrl, CancellationToken.None));

        Assert.Contains("UserAssignedMSI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_the_app_and_authority_when_the_token_endpoint_refuses()
    {
        var provider = Provider();
        _endpoint.RefuseWith = "invalid_client";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(ServiceUrl, CancellationToken.None));

        Assert.Contains(TestTokens.AppId, error.Message, StringComparison.Ordinal);
        Assert.Contains("https://login.microsoftonline.com/botframework.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _services?.Dispose();
        _endpoint.Dispose();
    }

    private IConnectorTokenProvider Provider(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "test-secret",
        };
        foreach (var (key, value) in overrides)
            settings[key] = value;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHttpClient(AuthHttp.TokenEndpointClientName).ConfigurePrimaryHttpMessageHandler(() => _endpoint);
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<IConnectorTokenProvider>();
    }
}
