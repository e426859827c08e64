using System.Text.Json.Nodes;

namespace BotApp.Bot.Features.Plans;

/// <summary>Ids a plan card sends back (a number or a numeric string; anything else is none) and the comment typed on it.</summary>
public sealed record PlanActionData(long? PlanId, long? StepId, int? Version, string? Comment)
{
    public const int MaxComment = 2000;

    public static PlanActionData From(JsonObject data) => new(
        Id(data["planId"]), Id(data["stepId"]), Id(data["version"]) is { } v and <= int.MaxValue ? (int)v : null,
        data["comment"] is JsonValue c && c.TryGetValue<string>(out var comment) && comment.Length <= MaxComment ? comment : null);

    private static long? Id(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var id) && id >= 0 => id,
        JsonValue v when v.TryGetValue<string>(out var text) && long.TryParse(text, out var id) && id >= 0 => id,
        _ => null,
    };
}
