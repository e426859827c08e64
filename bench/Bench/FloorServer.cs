using System.Net;
using System.Text.Json;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bench;

/// <summary>
/// The floor: the least any bot must do per turn on this machine — raw Kestrel that parses the
/// activity and POSTs a reply to the channel with a pooled HttpClient, then answers 200. The reply is the
/// same answer the bot gives (captured from the bot's warm-up), so both serialise and send the same bytes.
/// It runs as its own process, as the bot does, so both pay the same cross-process scheduling on the
/// machine's cores (in the bench's own process it shared the load generator's thread pool and GC instead).
/// </summary>
public static class FloorServer
{
    public const string Command = "floor";

    /// <summary>In the child process: <c>floor &lt;port&gt; &lt;answer.json&gt;</c>; serves until killed.</summary>
    public static async Task RunAsync(int port, string answerPath)
    {
        var answer = JsonSerializer.Deserialize<Activity>(await File.ReadAllTextAsync(answerPath), ProtocolJson.Options)!;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 256 });
        app.MapGet("/readyz", () => "ready");
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options);
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
        await app.RunAsync();
    }
}
