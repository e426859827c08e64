using System.Text.Json;

namespace BotApp.Bot.Protocol.Schema.Teams;

/// <summary>
/// The Bot Framework thumbnail card, here as a message-extension result preview. In a preview Teams honours only a
/// <see cref="Tap"/> of type "invoke": it sends <c>composeExtension/selectItem</c> with the tap's value.
/// </summary>
public sealed record ThumbnailCard(string? Title, string? Subtitle = null, string? Text = null, CardAction? Tap = null)
{
    public const string ContentType = "application/vnd.microsoft.card.thumbnail";

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = JsonSerializer.SerializeToNode(this, ProtocolJson.Options) };
}
