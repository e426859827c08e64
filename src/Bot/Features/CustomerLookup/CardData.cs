using System.Text.Json.Nodes;

namespace BotApp.Bot.Features.CustomerLookup;

/// <summary>Reads ids out of card data, which the client sends back: a number or a numeric string, anything else is none.</summary>
public static class CardData
{
    public static long? CustomerId(JsonObject data) => data["customerId"] switch
    {
        JsonValue v when v.TryGetValue<long>(out var id) && id > 0 => id,
        JsonValue v when v.TryGetValue<string>(out var text) && long.TryParse(text, out var id) && id > 0 => id,
        _ => null,
    };
}
