using Microsoft.IdentityModel.Protocols;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Fetches OpenID metadata and JWKS through the named client <see cref="AuthHttp.OpenIdMetadataClientName"/>
/// (IdentityModel's HttpDocumentRetriever would hold one HttpClient forever and cannot be stubbed by name).
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory httpClients) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        // Keys fetched over plain http could be swapped by anyone on the path.
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            throw new InvalidOperationException($"Metadata address '{address}' is not an absolute https URL.");

        var client = httpClients.CreateClient(AuthHttp.OpenIdMetadataClientName);
        using var response = await client.GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GET {address} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        return await response.Content.ReadAsStringAsync(cancel);
    }
}
