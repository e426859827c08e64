namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>: <see cref="Value"/> is what the dialog gets back,
/// <see cref="Title"/> what the user sees (defaults to the value), synonyms what else they may type.</summary>
public sealed record Choice(string Value, string? Title = null, IReadOnlyList<string>? Synonyms = null)
{
    public string DisplayTitle => Title ?? Value;
}

public enum ChoiceStyle
{
    /// <summary>Buttons on a card in Teams (suggested actions only show in 1:1 chats there), suggested actions elsewhere.</summary>
    Auto,
    SuggestedActions,
    Card,

    /// <summary>The prompt text alone, e.g. when it already lists the options.</summary>
    None,
}
