using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Protocol.Schema.Teams;

/// <summary>
/// The <c>value</c> of a <c>composeExtension/query</c> invoke: a search command of a message extension
/// (msteams-docs, messaging-extensions/how-to/search-commands/respond-to-search.md). Teams sends one as the
/// person types, and once with the single parameter <c>initialRun</c> = "true" when the command opens if the
/// manifest asks for it.
/// </summary>
public sealed record MessagingExtensionQuery(
    string? CommandId,
    IReadOnlyList<MessagingExtensionParameter>? Parameters,
    MessagingExtensionQueryOptions? QueryOptions,
    string? State = null)
{
    public const string InvokeName = "composeExtension/query";
    public const string InitialRunParameter = "initialRun";

    public bool IsInitialRun => Parameters?.Any(p => p.Name == InitialRunParameter && p.Text == "true") == true;

    /// <summary>The value of the parameter called <paramref name="name"/>, else of the first that is not <c>initialRun</c>.</summary>
    public string? Text(string name) =>
        (Parameters?.FirstOrDefault(p => p.Name == name) ?? Parameters?.FirstOrDefault(p => p.Name != InitialRunParameter))?.Text;

    /// <summary>The query in an invoke's value; null when the value is missing or not shaped like one.</summary>
    public static MessagingExtensionQuery? From(Activity activity)
    {
        if (activity.Value is not JsonObject value)
            return null;
        try
        {
            return value.Deserialize<MessagingExtensionQuery>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One search box of the command; <see cref="Value"/> is what the person typed (a JSON string in practice).</summary>
public sealed record MessagingExtensionParameter(string? Name, JsonNode? Value)
{
    public string? Text => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : Value?.ToJsonString();
}

/// <summary>Paging as Teams asks for it while the person scrolls: skip this many, return up to count.</summary>
public sealed record MessagingExtensionQueryOptions(int? Skip, int? Count);
