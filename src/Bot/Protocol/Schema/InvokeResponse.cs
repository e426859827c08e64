using System.Text.Json.Nodes;

namespace BotApp.Bot.Protocol.Schema;

/// <summary>
/// What an invoke turn answers. Not an activity on the wire: <see cref="Status"/> becomes the HTTP status
/// of the inbound POST and <see cref="Body"/> its JSON body.
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    public static InvokeResponse Ok(JsonNode? body = null) => new(200, body);

    /// <summary>Universal Actions: replace the card for the user who clicked.</summary>
    public static InvokeResponse Card(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = Attachment.AdaptiveCardContentType,
        ["value"] = card,
    });

    /// <summary>Universal Actions: show a short message to the user who clicked.</summary>
    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    public static InvokeResponse Error(int statusCode, string code, string message) => new(statusCode, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}
