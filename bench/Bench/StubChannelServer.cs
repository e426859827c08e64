using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BotApp.Bench;

/// <summary>
/// A channel's Connector on loopback: counts replies, answers 200 with a ResourceResponse. Given a classifier, it also
/// counts replies by what they are (a card, a "nothing found" text, an error text), so a run shows what was answered.
/// </summary>
public sealed class StubChannelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<string, string>? _classify;
    private long _replies;

    private StubChannelServer(WebApplication app, Func<string, string>? classify) => (_app, _classify) = (app, classify);

    public string ServiceUrl { get; private set; } = "";

    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>The body of the latest reply, so the floor can send the very same answer.</summary>
    public string? LastReply { get; private set; }

    /// <summary>Replies per class of the classifier; empty without one.</summary>
    public ConcurrentDictionary<string, long> ReplyClasses { get; } = new();

    public static async Task<StubChannelServer> StartAsync(Func<string, string>? classify = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StubChannelServer(app, classify);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var reply = server.LastReply = await reader.ReadToEndAsync();
            if (server._classify is { } classify)
                server.ReplyClasses.AddOrUpdate(classify(reply), 1, (_, n) => n + 1);
            Interlocked.Increment(ref server._replies);
            return Results.Text("{\"id\":\"r\"}", "application/json");
        });
        await app.StartAsync();
        server.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
