using BotApp.Bot.Protocol.Auth;
using Microsoft.Extensions.Configuration;

namespace BotApp.Bot.Tests.Auth;

/// <summary>The flat Bot Builder keys, with per-key defaults from the cloud ChannelService selects (digest §3.5, ADR-004).</summary>
public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void Defaults_to_a_multi_tenant_bot_in_the_public_cloud()
    {
        var options = Bind(("MicrosoftAppId", "app"));

        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", options.ToBotFromEmulatorOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.ChannelAuthority);
        Assert.Equal("https://api.botframework.com/.default", options.ConnectorScope);
        Assert.Equal("urn:botframework:azure", options.CallerId);
        Assert.True(options.ValidateAuthority);
        Assert.False(options.IsAnonymous);
    }

    [Theory]
    [InlineData("SingleTenant", BotAppType.SingleTenant)]
    [InlineData("singletenant", BotAppType.SingleTenant)]
    [InlineData("UserAssignedMSI", BotAppType.UserAssignedMsi)]
    [InlineData("MultiTenant", BotAppType.MultiTenant)]
    [InlineData("", BotAppType.MultiTenant)]
    [InlineData("Federated", BotAppType.MultiTenant)]
    [InlineData("1", BotAppType.MultiTenant)]
    public void Reads_MicrosoftAppType_case_insensitively_and_falls_back_to_MultiTenant(string value, BotAppType expected) =>
        Assert.Equal(expected, BotAuthenticationConfiguration.ParseAppType(value));

    [Fact]
    public void Selects_the_US_Government_constants_by_ChannelService()
    {
        var options = Bind(("MicrosoftAppId", "app"), ("ChannelService", "https://botframework.azure.us"));

        Assert.Equal("https://login.botframework.azure.us/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.us", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us", options.ChannelAuthority);
        Assert.Equal("https://api.botframework.us/.default", options.ConnectorScope);
        Assert.Equal("urn:botframework:azureusgov", options.CallerId);
    }

    [Fact]
    public void Keeps_the_defaults_of_keys_not_set_when_one_endpoint_is_overridden()
    {
        var options = Bind(("ToBotFromChannelOpenIdMetadataUrl", "https://metadata.example/openid"));

        Assert.Equal("https://metadata.example/openid", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer); // Bot Builder would leave this null
        Assert.Equal("https://api.botframework.com/.default", options.ConnectorScope);
    }

    [Fact]
    public void Puts_the_tenant_in_the_authority_of_a_single_tenant_bot_unless_a_login_url_is_given()
    {
        var singleTenant = Bind(("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppTenantId", "contoso-tenant"));
        var explicitLogin = Bind(("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppTenantId", "contoso-tenant"), ("ToChannelFromBotLoginUrl", "https://login.example/other"));

        Assert.Equal("https://login.microsoftonline.com/contoso-tenant", singleTenant.ChannelAuthority);
        Assert.Equal("https://login.example/other", explicitLogin.ChannelAuthority);
    }

    [Fact]
    public void Reads_ValidateAuthority_and_treats_no_app_id_as_anonymous()
    {
        var options = Bind(("ValidateAuthority", "false"), ("MicrosoftAppId", "  "));

        Assert.False(options.ValidateAuthority);
        Assert.True(options.IsAnonymous);
    }

    [Theory]
    [InlineData("SingleTenant", "app", "secret", "", "MicrosoftAppTenantId is required")]
    [InlineData("SingleTenant", "app", "", "tenant", "MicrosoftAppPassword is required")]
    [InlineData("SingleTenant", "", "secret", "tenant", "MicrosoftAppId is required")]
    [InlineData("UserAssignedMSI", "app", "secret", "tenant", "MicrosoftAppPassword must be empty")]
    public void Rejects_credentials_Bot_Builder_would_reject(string type, string appId, string password, string tenant, string expected)
    {
        var options = Bind(("MicrosoftAppType", type), ("MicrosoftAppId", appId), ("MicrosoftAppPassword", password), ("MicrosoftAppTenantId", tenant));

        var result = new BotAuthenticationOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Requires_every_endpoint_for_a_ChannelService_without_built_in_constants()
    {
        var validator = new BotAuthenticationOptionsValidator();
        var unknownCloud = Bind(("ChannelService", "https://botframework.example.cn"), ("ToBotFromChannelTokenIssuer", "https://api.example.cn"));
        var fullySpecified = Bind(("ChannelService", "https://botframework.example.cn"),
            ("ToBotFromChannelOpenIdMetadataUrl", "https://login.example.cn/v1/openid"), ("ToBotFromChannelTokenIssuer", "https://api.example.cn"),
            ("ToBotFromEmulatorOpenIdMetadataUrl", "https://login.example.cn/common/openid"), ("ToChannelFromBotLoginUrl", "https://login.example.cn/tenant"),
            ("ToChannelFromBotOAuthScope", "https://api.example.cn"));

        var failed = validator.Validate(null, unknownCloud);
        var succeeded = validator.Validate(null, fullySpecified);

        Assert.True(failed.Failed);
        Assert.Contains("set ToBotFromChannelOpenIdMetadataUrl", failed.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("set ToBotFromChannelTokenIssuer", failed.FailureMessage, StringComparison.Ordinal);
        Assert.True(succeeded.Succeeded);
    }

    private static BotAuthenticationOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var options = new BotAuthenticationOptions();
        BotAuthenticationConfiguration.Bind(configuration, options);
        return options;
    }
}
