using System.Net;
using System.Text.Json;
using BotApp.Bot.Protocol.Schema;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BotApp.Bench;

/// <summary>
/// The floor: the least any bot must do per turn on this machine — raw Kestrel that parses the
/// activity and POSTs a reply to the channel with a pooled HttpClient, then answers 200. The reply is the
/// same answer the bot gives (captured from the bot's warm-up), so both serialise and send the same bytes.
/// </summary>
public sealed class FloorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FloorServer(WebApplication app) => _app = app;

    public string MessagesUrl { get; private set; } = "";

    /// <summary>The answer to send; its addressing is filled in per turn.</summary>
    public Activity Answer { get; set; } = new() { Type = "message", Text = "reply" };

    public static async Task<FloorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FloorServer(app);
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 256 });
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options);
            var answer = server.Answer;
            var reply = new Activity
            {
                Type = answer.Type,
                Text = answer.Text,
                Locale = answer.Locale,
                Attachments = answer.Attachments?.Select(a => new Attachment { ContentType = a.ContentType, Content = a.Content?.DeepClone() }).ToList(),
                ReplyToId = activity!.Id,
                Conversation = activity.Conversation,
                From = activity.Recipient,
                Recipient = activity.From,
            };
            using var response = await http.PostAsJsonAsync($"{activity.ServiceUrl}v3/conversations/{Uri.EscapeDataString(activity.Conversation!.Id!)}/activities/{Uri.EscapeDataString(activity.Id!)}", reply, ProtocolJson.Options);
            response.EnsureSuccessStatusCode();
            return Results.Ok();
        });
        await app.StartAsync();
        server.MessagesUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/messages";
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
