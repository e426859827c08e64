using System.Text.Json.Nodes;

namespace BotApp.Bot.Protocol.Schema.Teams;

/// <summary>
/// One search result: <see cref="Content"/> is what goes into the message; <see cref="Preview"/> (a hero or thumbnail
/// card) is how the result list shows it. An Adaptive Card result needs a preview, or Teams shows none.
/// </summary>
public sealed record MessagingExtensionAttachment(string ContentType, JsonNode? Content, Attachment? Preview = null);
