using BotApp.Bot.Protocol.Auth;
using BotApp.Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotApp.Bot.Tests.Connector;

/// <summary>
/// The Connector client wired by <c>AddConnectorClient</c> exactly as the app does, its HTTP going to a
/// <see cref="ScriptedChannel"/> and its waits to a <see cref="SteppingTime"/>.
/// </summary>
public sealed class ConnectorHarness : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly ServiceProvider _services;

    public ConnectorHarness(string? token = "token-1", Action<ConnectorOptions>? configure = null)
    {
        Channel = new ScriptedChannel(Time);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IConnectorTokenProvider>(new FixedTokenProvider(token));
        services.AddConnectorClient();
        // Per-attempt timeouts would show up among the recorded waits; only the test for them turns them on.
        services.Configure<ConnectorOptions>(options =>
        {
            options.AttemptTimeout = Timeout.InfiniteTimeSpan;
            configure?.Invoke(options);
        });
        services.AddHttpClient(ConnectorHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => Channel);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public SteppingTime Time { get; } = new();

    public ScriptedChannel Channel { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    /// <summary>Runs one call, firing every retry or pacing wait it starts.</summary>
    public Task<T> RunAsync<T>(Func<IConnectorClient, Task<T>> call) => Time.RunAsync(call(Client));

    public void Dispose() => _services.Dispose();

    private sealed class FixedTokenProvider(string? token) : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
