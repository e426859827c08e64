using System.Text.Json;
using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>
/// How to ask. Stored in the prompt's state (as JSON) so a retry or a re-prompt after help, on a later
/// turn, asks the same way. Texts are already localized by the caller.
/// </summary>
public sealed class PromptOptions
{
    public string? Prompt { get; set; }

    /// <summary>Said when the answer was not understood; defaults to the prompt type's text in the user's language.</summary>
    public string? RetryPrompt { get; set; }

    /// <summary>Sent with the prompt, e.g. the form of a <see cref="CardFormPrompt"/>.</summary>
    public Attachment? Card { get; set; }

    public List<Choice>? Choices { get; set; }

    public ChoiceStyle Style { get; set; }

    /// <summary>Inclusive bounds for <see cref="NumberPrompt"/>.</summary>
    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary>How many times to ask again before giving up with "too many tries".</summary>
    public int MaxRetries { get; set; } = 3;

    internal JsonNode ToJson() => JsonSerializer.SerializeToNode(this, ProtocolJson.Options)!;

    internal static PromptOptions FromJson(JsonNode? json) =>
        json?.Deserialize<PromptOptions>(ProtocolJson.Options) ?? new PromptOptions();
}
