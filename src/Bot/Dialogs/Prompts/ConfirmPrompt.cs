using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>
/// Asks yes or no, with the two as buttons in the user's language; the result is a bool. Understands the
/// usual Chinese and English words, the button titles in either language, and "1"/"2".
/// Note the <see cref="InterruptionHandler"/> sees "取消"/"cancel" first and cancels the whole stack.
/// </summary>
public sealed class ConfirmPrompt(string id, ILocalizer texts) : Prompt(id, texts)
{
    // What people type for yes and no, after TextNormalizer. Vocabulary, not display text.
    private static HashSet<string> YesWords { get; } =
        ["yes", "y", "yeah", "yep", "ok", "okay", "sure", "confirm", "true", "是", "是的", "好", "好的", "确认", "确定", "对", "对的", "可以", "行", "嗯", "要", "同意"];
    private static HashSet<string> NoWords { get; } =
        ["no", "n", "nope", "false", "cancel", "否", "不", "不是", "不要", "不用", "取消", "算了", "不行", "不可以", "不同意"];

    protected override PromptRecognition Recognize(ITurnContext turn, PromptOptions options)
    {
        if (!IsMessage(turn))
            return PromptRecognition.Ignored;
        var input = TextNormalizer.Normalize(turn.Activity.Text);
        if (YesWords.Contains(input))
            return PromptRecognition.Success(JsonValue.Create(true));
        if (NoWords.Contains(input))
            return PromptRecognition.Success(JsonValue.Create(false));
        // The button titles in the user's language, and "1"/"2" for the first and second button.
        return ChoiceRecognizer.Find(input, Buttons(turn.Activity.Locale)) is { } index
            ? PromptRecognition.Success(JsonValue.Create(index == 0))
            : PromptRecognition.Unrecognized(DialogTextKeys.ConfirmRetry);
    }

    protected override async Task<Activity?> BuildActivityAsync(ITurnContext turn, PromptOptions options, string? retryText, CancellationToken cancellationToken)
    {
        var activity = await base.BuildActivityAsync(turn, options, retryText, cancellationToken);
        return activity is null ? null : ChoiceButtons.Add(activity, turn.Activity.ChannelId, Buttons(turn.Activity.Locale), options.Style);
    }

    private Choice[] Buttons(string? locale) =>
        [new Choice(Texts.Get(DialogTextKeys.Yes, locale)), new Choice(Texts.Get(DialogTextKeys.No, locale))];
}
