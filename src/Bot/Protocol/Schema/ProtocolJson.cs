using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotApp.Bot.Protocol.Schema;

/// <summary>The one serializer setting for the wire: read any casing, write camelCase, omit nulls (A2001/A2002).</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 128,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
