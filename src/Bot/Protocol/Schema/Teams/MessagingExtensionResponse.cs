using System.Text.Json;

namespace BotApp.Bot.Protocol.Schema.Teams;

/// <summary>
/// The body of the invoke response to <c>composeExtension/query</c> and <c>composeExtension/selectItem</c>:
/// <c>{"composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": [...]}}</c>, HTTP 200.
/// </summary>
public sealed record MessagingExtensionResponse(MessagingExtensionResult ComposeExtension)
{
    public InvokeResponse ToInvokeResponse() => InvokeResponse.Ok(JsonSerializer.SerializeToNode(this, ProtocolJson.Options));
}

/// <summary>
/// <see cref="Type"/> "result" shows <see cref="Attachments"/> (laid out as a "list" or a "grid"); "message" shows
/// <see cref="Text"/> as plain text instead. Teams also knows "auth", "config" and "botMessagePreview"; we need neither.
/// </summary>
public sealed record MessagingExtensionResult(
    string Type,
    string? AttachmentLayout = null,
    IReadOnlyList<MessagingExtensionAttachment>? Attachments = null,
    string? Text = null)
{
    public const string ResultType = "result";
    public const string MessageType = "message";
    public const string ListLayout = "list";

    public static MessagingExtensionResult List(IReadOnlyList<MessagingExtensionAttachment> attachments) => new(ResultType, ListLayout, attachments);

    public static MessagingExtensionResult Message(string text) => new(MessageType, Text: text);
}
