using BotApp.Bot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Infrastructure;

/// <summary>
/// The real bot host on a throw-away SQLite file, its Connector calls going to a <see cref="StubChannel"/>.
/// Tests add settings (e.g. MicrosoftAppId) with <see cref="Settings"/> before the first request.
/// </summary>
public class BotAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"botapp-test-{Guid.NewGuid():N}.db");

    public StubChannel Channel { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new();

    public Action<IServiceCollection>? ConfigureTestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Settings override the defaults (a plain Concat would add MicrosoftAppId twice, which the provider rejects).
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ConnectionStrings:Bot"] = $"Data Source={_databasePath}",
            ["MicrosoftAppId"] = "",
            // Development seeds demo data into an empty database: staff only, so every test host starts fast.
            ["Demo:SeedCustomers"] = "0",
        };
        foreach (var (key, value) in Settings)
            settings[key] = value;
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.AddHttpClient(ConnectorHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => Channel);
            ConfigureTestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }
}
