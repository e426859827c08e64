using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Tests.Infrastructure;

/// <summary>Reading what the bot sent: the Adaptive Card of a message, its visible text, its buttons.</summary>
public static class CardJson
{
    public static JsonObject Card(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return attachment.Content!.AsObject();
    }

    /// <summary>Every "text" and "title" in the card, space-separated, in document order.</summary>
    public static string Texts(JsonNode node) => node switch
    {
        JsonObject o => string.Join(" ", o.Select(p => p.Key is "text" or "title" ? (string?)p.Value ?? "" : Texts(p.Value!))),
        JsonArray a => string.Join(" ", a.Select(n => n is null ? "" : Texts(n))),
        _ => "",
    };

    /// <summary>Every action object anywhere in the card (actions, ActionSets, selectActions).</summary>
    public static List<JsonObject> Actions(JsonNode node)
    {
        var found = new List<JsonObject>();
        void Visit(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                if ((string?)o["type"] is { } type && type.StartsWith("Action.", StringComparison.Ordinal))
                    found.Add(o);
                foreach (var (_, value) in o)
                    Visit(value);
            }
            else if (n is JsonArray a)
            {
                foreach (var item in a)
                    Visit(item);
            }
        }
        Visit(node);
        return found;
    }
}
