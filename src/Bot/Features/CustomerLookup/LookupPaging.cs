using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;
using Lookup = BotApp.Handlers.Customers.CustomerLookup;

namespace BotApp.Bot.Features.CustomerLookup;

/// <summary>
/// What a "next page" button carries: the lookup and where to continue. It comes back from the client, so it is read
/// defensively: anything malformed is no page at all, and the search applies the viewer's visibility as always —
/// an edited button can only ask a different question, never see more.
/// </summary>
public static class LookupPaging
{
    /// <summary>Deeper than anyone pages by hand; keeps an edited skip from asking the store for a huge offset.</summary>
    public const int MaxSkip = 1_000;

    public static JsonObject ToData(Lookup lookup, int skip) => new()
    {
        ["lookup"] = JsonSerializer.SerializeToNode(lookup, ProtocolJson.Options),
        ["skip"] = skip,
    };

    public static (Lookup Lookup, int Skip)? FromData(JsonObject data)
    {
        try
        {
            var lookup = data["lookup"]?.Deserialize<Lookup>(ProtocolJson.Options);
            var skip = data["skip"]?.GetValue<int>() ?? 0;
            if (lookup is null || skip is < 0 or > MaxSkip || lookup.NameFragment is { Length: > 200 } || lookup.Code is { Length: > 50 })
                return null;
            return (lookup, skip);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
