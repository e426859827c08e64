using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Client-credentials tokens for the Connector (digest §3.4), as Bot Builder's MsalAppCredentials gets them,
/// cached until <see cref="RefreshMargin"/> before they expire; one refresh at a time.
/// </summary>
public sealed class ConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _time;
    private readonly Lazy<IConfidentialClientApplication> _app;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _cached;

    public ConnectorTokenProvider(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _app = new(() => ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
            .WithAuthority(_options.ChannelAuthority, _options.ValidateAuthority)
            .WithClientSecret(_options.MicrosoftAppPassword)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClients))
            .Build());
    }

    public async Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        // Anonymous bots send no Authorization header (Bot Builder's MicrosoftAppCredentials.Empty). Loopback
        // serviceUrls are our own local Direct Line, which checks no bot token: sending it would only spread it.
        if (_options.IsAnonymous || IsLoopback(serviceUrl))
            return null;
        if (_options.MicrosoftAppType == BotAppType.UserAssignedMsi)
            throw new NotSupportedException("MicrosoftAppType UserAssignedMSI is not supported yet for Connector tokens; use SingleTenant with a client secret (ADR-004).");

        if (Fresh(_cached) is { } token)
            return token;

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } refreshed)
                return refreshed; // another caller refreshed while we waited

            // Our cache (on TimeProvider) decides when a token is too old, so ask MSAL for a new one rather than
            // its own cached copy, whose expiry MSAL judges by the wall clock.
            var result = await _app.Value.AcquireTokenForClient([_options.ConnectorScope])
                .WithForceRefresh(true)
                .ExecuteAsync(cancellationToken);
            _cached = new CachedToken(result.AccessToken, result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            throw new InvalidOperationException($"Could not get a Connector token for MicrosoftAppId {_options.MicrosoftAppId} from {_options.ChannelAuthority}: {ex.ErrorCode}.", ex);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private string? Fresh(CachedToken? cached) =>
        cached is not null && _time.GetUtcNow() < cached.ExpiresOn - RefreshMargin ? cached.AccessToken : null;

    private static bool IsLoopback(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresOn);
}
