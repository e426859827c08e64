using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>Asks for free text; the result is the trimmed text (a string).</summary>
public sealed class TextPrompt(string id, ILocalizer texts) : Prompt(id, texts)
{
    protected override PromptRecognition Recognize(ITurnContext turn, PromptOptions options)
    {
        if (!IsMessage(turn))
            return PromptRecognition.Ignored;
        var text = turn.Activity.Text?.Trim();
        return string.IsNullOrEmpty(text)
            ? PromptRecognition.Unrecognized(DialogTextKeys.TextRetry)
            : PromptRecognition.Success(JsonValue.Create(text));
    }
}
