using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons that send the title
/// back. The result is <c>{"value": ..., "index": ...}</c> of the chosen <see cref="Choice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, ILocalizer texts) : Prompt(id, texts)
{
    protected override PromptRecognition Recognize(ITurnContext turn, PromptOptions options)
    {
        if (!IsMessage(turn))
            return PromptRecognition.Ignored;
        var choices = options.Choices ?? [];
        return ChoiceRecognizer.Find(turn.Activity.Text, choices) is { } index
            ? PromptRecognition.Success(new JsonObject { ["value"] = choices[index].Value, ["index"] = index })
            : PromptRecognition.Unrecognized(DialogTextKeys.ChoiceRetry);
    }

    protected override async Task<Activity?> BuildActivityAsync(ITurnContext turn, PromptOptions options, string? retryText, CancellationToken cancellationToken)
    {
        var activity = await base.BuildActivityAsync(turn, options, retryText, cancellationToken);
        return activity is null ? null : ChoiceButtons.Add(activity, turn.Activity.ChannelId, options.Choices ?? [], options.Style);
    }
}
