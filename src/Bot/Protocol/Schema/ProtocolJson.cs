using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace BotApp.Bot.Protocol.Schema;

/// <summary>The one serializer setting for the wire: read any casing, write camelCase, omit nulls (A2001/A2002), UTF-8 text unescaped.</summary>
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
            // Chinese text as itself (3 UTF-8 bytes a character), not as \uXXXX (6): cards are mostly Chinese and Teams
            // limits a message's size. HTML-sensitive characters (<, >, &, ') are still escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
