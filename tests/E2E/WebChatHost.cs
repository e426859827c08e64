using System.Net;
using BotApp.Bot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.E2E.Tests;

/// <summary>
/// The real bot host on Kestrel at a free loopback port (a browser needs a socket), Development, own SQLite file.
/// The bot's Connector calls go over real HTTP to this host's own Direct Line, which checks for loopback callers.
/// </summary>
public sealed class WebChatHost : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"botapp-e2e-{Guid.NewGuid():N}.db");
    private readonly int _seedCustomers;

    /// <param name="seedCustomers">Generated customers besides the named staff's own (0: the demo staff and their portfolios).</param>
    public WebChatHost(int seedCustomers = 0)
    {
        _seedCustomers = seedCustomers;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Bot", $"Data Source={_databasePath}");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Demo:SeedCustomers", _seedCustomers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(ConnectorHttp.ClientName);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }
}
