using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs;

/// <summary>
/// Global commands that work whatever dialog is active: cancel clears the stack, help shows the bot's help
/// and asks the active question again. Run it before <see cref="DialogContext.ContinueDialogAsync"/>.
/// </summary>
public sealed class InterruptionHandler(ILocalizer texts, Func<ITurnContext, CancellationToken, Task> showHelp)
{
    // Command words, not display text: what people type, in both languages, after TextNormalizer.
    private static HashSet<string> CancelWords { get; } = ["cancel", "取消", "退出", "quit", "exit", "stop"];
    private static HashSet<string> HelpWords { get; } = ["help", "帮助", "?"];

    /// <summary>True when the message was a command and has been answered; the bot should stop there.</summary>
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        // A card submit is an answer, never a command, even if its text happens to say "cancel".
        if (!activity.IsType(ActivityTypes.Message) || activity.Value is not null)
            return false;

        var text = TextNormalizer.Normalize(activity.Text);
        if (CancelWords.Contains(text))
        {
            var result = await dc.CancelAllDialogsAsync(cancellationToken);
            var key = result.Status == DialogTurnStatus.Cancelled ? DialogTextKeys.Cancelled : DialogTextKeys.NothingToCancel;
            await dc.Context.SendActivityAsync(texts.Get(key, activity.Locale), cancellationToken);
            return true;
        }
        if (HelpWords.Contains(text))
        {
            await showHelp(dc.Context, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return true;
        }
        return false;
    }
}
