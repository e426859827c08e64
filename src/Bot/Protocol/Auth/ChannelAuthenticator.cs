using System.Security.Claims;
using BotApp.Bot.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Inbound authentication as Bot Builder does it (digest §3.2, §3.3, §3.6): the token's issuer picks the path,
/// Bot Framework channel tokens or Emulator tokens. Every failure is a result with a reason, never an exception.
/// </summary>
public sealed class ChannelAuthenticator : IChannelAuthenticator, IDisposable
{
    private readonly BotAuthenticationOptions _options;
    private readonly OpenIdMetadata _channelKeys;
    private readonly OpenIdMetadata _emulatorKeys;
    private readonly ChannelTokenValidation _channel;
    private readonly EmulatorTokenValidation _emulator;

    public ChannelAuthenticator(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        _options = options.Value;
        var documents = new HttpClientDocumentRetriever(httpClients);
        var signatures = new SignatureCheck(time);
        _channelKeys = new OpenIdMetadata(_options.ToBotFromChannelOpenIdMetadataUrl, documents, time);
        _emulatorKeys = new OpenIdMetadata(_options.ToBotFromEmulatorOpenIdMetadataUrl, documents, time);
        _channel = new ChannelTokenValidation(_options, _channelKeys, signatures);
        _emulator = new EmulatorTokenValidation(_options, _emulatorKeys, signatures);
    }

    public bool IsAnonymous => _options.IsAnonymous;

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            // Bot Builder also gives Emulator skill callers an "AnonymousSkill" identity here; we host no skills.
            return IsAnonymous
                ? AuthenticationResult.Anonymous()
                : AuthenticationResult.Fail("No Authorization header; a bot with a MicrosoftAppId only accepts Bot Framework tokens.");
        }
        if (IsAnonymous)
        {
            // Bot Builder validates a header that is present even when auth is disabled, and that always fails
            // because no audience can match an empty app id. Same outcome, without fetching keys.
            return AuthenticationResult.Fail("An Authorization header was sent but no MicrosoftAppId is configured, so no token can be valid.");
        }
        if (!BearerToken.TryRead(authorizationHeader, out var token, out var failure))
            return AuthenticationResult.Fail(failure);

        ClaimsIdentity? identity;
        if (string.Equals(token.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
            (identity, failure) = await _channel.ValidateAsync(token, activity, cancellationToken);
        else if (EmulatorIssuers.IsTrusted(token))
            (identity, failure) = await _emulator.ValidateAsync(token, cancellationToken);
        else
            return AuthenticationResult.Fail($"Token issuer '{token.Issuer}' is neither the channel issuer '{_options.ToBotFromChannelTokenIssuer}' nor an Emulator issuer.");

        return identity is null
            ? AuthenticationResult.Fail(failure)
            : AuthenticationResult.Success(identity, string.IsNullOrEmpty(_options.CallerId) ? null : _options.CallerId);
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _emulatorKeys.Dispose();
    }

    internal static ClaimsIdentity IdentityOf(JsonWebToken token) => new(token.Claims, "Bearer");
}
