using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Handlers.Notices;

namespace BotApp.Bot.Notices;

/// <summary>An outbox row's payload as <see cref="NoticeQueue"/> writes it: <c>{"kind":…, "data":{…}}</c>.</summary>
internal sealed record NoticePayload(string Kind, JsonObject Data)
{
    public static NoticePayload? Read(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject root
                && root[NoticeQueue.PayloadKind] is JsonValue kind && kind.TryGetValue<string>(out var name) && name.Length > 0
                ? new NoticePayload(name, root[NoticeQueue.PayloadData] as JsonObject ?? [])
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
