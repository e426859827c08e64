using System.Text.Json.Nodes;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>What a prompt made of the user's activity.</summary>
public sealed record PromptRecognition
{
    private PromptRecognition() { }

    /// <summary>Not an answer at all (typing, an unrelated event): keep waiting, do not count a try.</summary>
    public static PromptRecognition Ignored { get; } = new() { IsIgnored = true };

    public bool IsIgnored { get; private init; }

    public bool Succeeded { get; private init; }

    public JsonNode? Value { get; private init; }

    public string? RetryKey { get; private init; }

    public object[] RetryArgs { get; private init; } = [];

    /// <summary>True when the retry text must say why (e.g. the range), so the caller's RetryPrompt does not replace it.</summary>
    public bool IsSpecific { get; private init; }

    public static PromptRecognition Success(JsonNode? value) => new() { Succeeded = true, Value = value };

    /// <summary>The answer was not understood: retry with the caller's RetryPrompt, or the default text.</summary>
    public static PromptRecognition Unrecognized(string retryKey) => new() { RetryKey = retryKey };

    /// <summary>Understood but not acceptable: retry with the text for <paramref name="retryKey"/>.</summary>
    public static PromptRecognition Invalid(string retryKey, params object[] args) =>
        new() { RetryKey = retryKey, RetryArgs = args, IsSpecific = true };
}
