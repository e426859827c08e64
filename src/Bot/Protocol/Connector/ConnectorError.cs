using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// Code and message from a failed call's body: <c>ErrorResponse {error:{code,message}}</c>. Teams puts
/// <c>subCode: MessageWritesBlocked</c> on a 403 when the user blocked or removed the bot; that sub-code is
/// the more useful code, so it wins. Bodies that are not JSON become the (shortened) message.
/// </summary>
public static class ConnectorError
{
    public const string MessageWritesBlocked = "MessageWritesBlocked";
    private const int MaxMessageLength = 500;

    public static (string? Code, string? Message) Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return (null, null);
        try
        {
            if (JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true }) is JsonObject root)
            {
                var error = root["error"] as JsonObject;
                var code = Text(error, "subCode") ?? Text(root, "subCode") ?? Text(error, "code") ?? Text(root, "code");
                var message = Text(error, "message") ?? Text(root, "message");
                // Where the sub-code sits is not documented; do not miss a blocked bot because it moved.
                if (body.Contains(MessageWritesBlocked, StringComparison.Ordinal))
                    code = MessageWritesBlocked;
                return (code, message);
            }
        }
        catch (JsonException)
        {
            // Proxies and gateways answer with HTML or plain text; keep it as the message.
        }
        return (null, body.Length <= MaxMessageLength ? body : body[..MaxMessageLength]);
    }

    private static string? Text(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
