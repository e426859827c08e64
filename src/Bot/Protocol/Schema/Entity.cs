using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotApp.Bot.Protocol.Schema;

/// <summary>An entity of any type; unknown types (ClientCapabilities, ProductInfo, ...) round-trip untouched (A2104).</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
