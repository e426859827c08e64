using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Tests.Auth;

/// <summary>
/// Stands in for Entra ID: answers MSAL's client-credentials POSTs with numbered tokens ("token-1", ...)
/// and its instance-discovery GETs, recording every token request. <see cref="Gate"/> holds token answers back.
/// </summary>
public sealed class TokenEndpointStub : HttpMessageHandler
{
    private int _issued;

    public ConcurrentQueue<TokenRequest> TokenRequests { get; } = new();

    public ConcurrentQueue<Uri> OtherRequests { get; } = new();

    public int ExpiresInSeconds { get; set; } = 3600;

    /// <summary>When set, token requests are refused with this OAuth error code.</summary>
    public string? RefuseWith { get; set; }

    /// <summary>When set, token answers wait for it, so tests can make callers overlap.</summary>
    public TaskCompletionSource? Gate { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (request.Method == HttpMethod.Post && uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            TokenRequests.Enqueue(new TokenRequest(uri, ParseForm(form)));
            if (Gate is { } gate)
                await gate.Task.WaitAsync(cancellationToken);
            if (RefuseWith is { } error)
                return Json(new JsonObject { ["error"] = error, ["error_description"] = "refused by the test" }, HttpStatusCode.Unauthorized);
            var token = $"token-{Interlocked.Increment(ref _issued)}";
            return Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = ExpiresInSeconds, ["access_token"] = token });
        }

        OtherRequests.Enqueue(uri);
        if (uri.AbsolutePath.EndsWith("/discovery/instance", StringComparison.Ordinal))
        {
            return Json(new JsonObject
            {
                ["tenant_discovery_endpoint"] = $"https://{uri.Host}/common/v2.0/.well-known/openid-configuration",
                ["api-version"] = "1.1",
                ["metadata"] = new JsonArray(new JsonObject
                {
                    ["preferred_network"] = uri.Host,
                    ["preferred_cache"] = uri.Host,
                    ["aliases"] = new JsonArray(uri.Host),
                }),
            });
        }
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, string> ParseForm(string form) =>
        form.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));

    private static HttpResponseMessage Json(JsonObject body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}

public sealed record TokenRequest(Uri Uri, IReadOnlyDictionary<string, string> Form);
