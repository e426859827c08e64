using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Bot.Tests.DirectLine;

/// <summary>
/// The bot host with <see cref="ChannelTestBot"/> as the bot, and the Connector HttpClient routed into the
/// TestServer, so the bot's replies reach this host's own Direct Line bot-side endpoints.
/// </summary>
public sealed class DirectLineAppFactory : BotAppFactory
{
    public const string Secret = "test-directline-secret";

    public string EnvironmentName { get; init; } = "Development";

    /// <summary>False: no DirectLine:Secret configured.</summary>
    public bool WithSecret { get; init; } = true;

    /// <summary>Set before the first request to control token and idle expiry.</summary>
    public FakeTimeProvider? Clock { get; init; }

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"botapp-directline-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (WithSecret)
            Settings["DirectLine:Secret"] = Secret;
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(EnvironmentName);
        // Program reads the connection string before Build(), where ConfigureAppConfiguration is not applied yet;
        // host settings are, so each factory really gets its own database.
        builder.UseSetting("ConnectionStrings:Bot", $"Data Source={_databasePath}");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(ConnectorHttp.ClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new LoopbackRoutingHandler(Server.CreateHandler(), Channel));
            // The real Connector client, once merged, is registered by the app and wins over this one.
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, ChannelTestBot>();
            if (Clock is not null)
                services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }
}
