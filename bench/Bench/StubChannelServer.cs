using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BotApp.Bench;

/// <summary>A channel's Connector on loopback: counts replies, answers 200 with a ResourceResponse.</summary>
public sealed class StubChannelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _replies;

    private StubChannelServer(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>The body of the latest reply, so the floor can send the very same answer.</summary>
    public string? LastReply { get; private set; }

    public static async Task<StubChannelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StubChannelServer(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            server.LastReply = await reader.ReadToEndAsync();
            Interlocked.Increment(ref server._replies);
            return Results.Text("{\"id\":\"r\"}", "application/json");
        });
        await app.StartAsync();
        server.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
