using System.Collections.Concurrent;
using System.Net.Http.Json;
using BotApp.Bot.Protocol.Auth;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace BotApp.Bot.Tests.Auth;

/// <summary>
/// The bot host with a MicrosoftAppId (or none), its OpenID metadata served by a <see cref="MetadataStub"/>,
/// a bot that stays silent, and every authentication result recorded by activity id so tests can check why.
/// </summary>
public class AuthTestHost : IDisposable
{
    private readonly Lazy<HttpClient> _client;

    public AuthTestHost()
        : this(TestTokens.AppId)
    {
    }

    internal AuthTestHost(string appId, Action<IServiceCollection>? configure = null)
    {
        Metadata.AddChannelKey(ChannelKey, "msteams", "webchat");
        Metadata.AddEmulatorKey(EmulatorKey);
        Factory.Settings["MicrosoftAppId"] = appId;
        Factory.Settings["MicrosoftAppPassword"] = appId.Length == 0 ? "" : "test-secret";
        Factory.ConfigureTestServices = services =>
        {
            services.AddHttpClient(AuthHttp.OpenIdMetadataClientName).ConfigurePrimaryHttpMessageHandler(() => Metadata);
            services.AddSingleton<IChannelAuthenticator>(sp => new RecordingAuthenticator(ActivatorUtilities.CreateInstance<ChannelAuthenticator>(sp), Results));
            services.AddScoped<IBot, SilentBot>();
            // Only so CloudAdapter can be built before the real Connector client exists; the silent bot never calls it.
            services.TryAddSingleton(Mock.Of<IConnectorClient>());
            configure?.Invoke(services);
        };
        _client = new(Factory.CreateClient);
    }

    public BotAppFactory Factory { get; } = new();
    public MetadataStub Metadata { get; } = new();
    public TestSigningKey ChannelKey { get; } = new("channel-key-1");
    public TestSigningKey EmulatorKey { get; } = new("emulator-key-1");
    public ConcurrentDictionary<string, AuthenticationResult> Results { get; } = new();

    /// <summary>A Teams message addressed to the stub channel (the key is endorsed for msteams).</summary>
    public static Activity TeamsMessage(string channelId = "msteams")
    {
        var activity = Activities.Message("hello");
        activity.ChannelId = channelId;
        return activity;
    }

    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await _client.Value.SendAsync(request);
    }

    /// <summary>Why the activity was rejected (or "" when it was admitted).</summary>
    public string FailureFor(Activity activity) => Results[activity.Id!].FailureReason ?? "";

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        if (_client.IsValueCreated)
            _client.Value.Dispose();
        Factory.Dispose();
        Metadata.Dispose();
        ChannelKey.Dispose();
        EmulatorKey.Dispose();
    }

    private sealed class RecordingAuthenticator(IChannelAuthenticator inner, ConcurrentDictionary<string, AuthenticationResult> results) : IChannelAuthenticator
    {
        public bool IsAnonymous => inner.IsAnonymous;

        public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
        {
            var result = await inner.AuthenticateAsync(authorizationHeader, activity, cancellationToken);
            results[activity.Id!] = result;
            return result;
        }
    }

    private sealed class SilentBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
