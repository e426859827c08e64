using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Tests.Auth;

/// <summary>
/// Serves the Bot Framework and Emulator OpenID metadata and JWKS at their real default URLs, so the bot's
/// defaults are what the tests exercise. Keys can be added later (rotation) and every fetch is counted.
/// </summary>
public sealed class MetadataStub : HttpMessageHandler
{
    public const string ChannelMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string ChannelKeysUrl = "https://login.botframework.com/v1/.well-known/keys";
    public const string EmulatorMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string EmulatorKeysUrl = "https://login.microsoftonline.com/common/discovery/v2.0/keys";

    private readonly ConcurrentDictionary<string, int> _fetches = new();
    private readonly List<JsonObject> _channelKeys = [];
    private readonly List<JsonObject> _emulatorKeys = [];

    public bool Broken { get; set; }

    public void AddChannelKey(TestSigningKey key, params string[]? endorsements)
    {
        lock (_channelKeys)
            _channelKeys.Add(key.ToJwk(endorsements));
    }

    public void AddEmulatorKey(TestSigningKey key)
    {
        lock (_emulatorKeys)
            _emulatorKeys.Add(key.ToJwk(null));
    }

    public int Fetches(string url) => _fetches.GetValueOrDefault(url);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        _fetches.AddOrUpdate(url, 1, (_, n) => n + 1);
        var body = Broken ? null : url switch
        {
            ChannelMetadataUrl => Metadata("https://api.botframework.com", ChannelKeysUrl),
            ChannelKeysUrl => Keys(_channelKeys),
            EmulatorMetadataUrl => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EmulatorKeysUrl),
            EmulatorKeysUrl => Keys(_emulatorKeys),
            _ => null,
        };
        return Task.FromResult(body is null
            ? new HttpResponseMessage(Broken ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private static string Metadata(string issuer, string jwksUri) =>
        new JsonObject { ["issuer"] = issuer, ["jwks_uri"] = jwksUri, ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") }.ToJsonString();

    private static string Keys(List<JsonObject> keys)
    {
        lock (keys)
            return new JsonObject { ["keys"] = new JsonArray(keys.Select(k => (JsonNode?)k.DeepClone()).ToArray()) }.ToJsonString();
    }
}
