using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// One OpenID metadata document and the signing keys of its <c>jwks_uri</c>, cached by IdentityModel's
/// ConfigurationManager, with one forced refresh when a token names a key we do not know (keys rotate).
/// </summary>
internal sealed class OpenIdMetadata(string address, IDocumentRetriever documents, TimeProvider time) : IDisposable
{
    // The Bot Framework docs require a refresh at least every 24 h; 12 h is IdentityModel's and the Agents SDK's default.
    private static TimeSpan AutomaticRefreshInterval => TimeSpan.FromHours(12);

    // At most one forced refresh per 5 minutes (ConfigurationManager's RefreshInterval), so tokens with
    // made-up key ids cannot turn us into a load generator against the metadata endpoint.
    private static TimeSpan ForcedRefreshInterval => TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile ConfigurationManager<OpenIdConnectConfiguration> _manager = Create(address, documents);
    private DateTimeOffset? _lastForcedRefresh;

    public string Address => address;

    /// <summary>The key with this id, or null if the metadata does not list it even after a refresh. Throws when the metadata cannot be fetched.</summary>
    public async Task<SigningKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var manager = _manager;
        var key = SigningKey.Find(await manager.GetConfigurationAsync(cancellationToken), keyId);
        if (key is not null)
            return key;

        await ForceRefreshAsync(manager, cancellationToken);
        return SigningKey.Find(await _manager.GetConfigurationAsync(cancellationToken), keyId);
    }

    private async Task ForceRefreshAsync(ConfigurationManager<OpenIdConnectConfiguration> seen, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (!ReferenceEquals(seen, _manager) || now - _lastForcedRefresh < ForcedRefreshInterval)
                return; // someone else just refreshed
            _lastForcedRefresh = now;

            // IdentityModel 8's RequestRefresh() refreshes on a background thread, so the request that saw the
            // new kid would still fail. A new manager's first fetch is awaited, so this request sees the new keys.
            var fresh = Create(address, documents);
            await fresh.GetConfigurationAsync(cancellationToken);
            _manager = fresh;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(string address, IDocumentRetriever documents) =>
        new(address, new OpenIdConnectConfigurationRetriever(), documents) { AutomaticRefreshInterval = AutomaticRefreshInterval };
}
