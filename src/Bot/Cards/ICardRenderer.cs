using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Cards;

/// <summary>Binds a named template from <c>cards/</c> to data and fits it to the channel.</summary>
public interface ICardRenderer
{
    /// <summary>The card JSON, e.g. for an <c>adaptiveCard/action</c> invoke response that replaces the card.</summary>
    /// <param name="data">A <see cref="JsonNode"/>, or any object (serialized camelCase like the wire); null for none.</param>
    /// <param name="channelId">The activity's channelId; <c>msteams</c> keeps Action.Execute, anything else gets Action.Submit.</param>
    JsonObject RenderCard(string templateName, object? data, string? channelId);

    /// <summary>The card as a message attachment.</summary>
    Attachment Render(string templateName, object? data, string? channelId);
}
