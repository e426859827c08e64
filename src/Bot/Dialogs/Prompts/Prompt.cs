using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the answer. Retries up to <see cref="PromptOptions.MaxRetries"/> times
/// in the user's language, then says so and ends with <see cref="DialogResult.TooManyTries"/>.
/// </summary>
public abstract class Prompt(string id, ILocalizer texts) : Dialog(id)
{
    private const string OptionsProperty = "options";
    private const string RetriesProperty = "retries";

    protected ILocalizer Texts => texts;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsProperty] = options;
        state[RetriesProperty] = 0;
        await SendAsync(dc, PromptOptions.FromJson(options), retryText: null, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var options = PromptOptions.FromJson(state[OptionsProperty]);
        var recognition = Recognize(dc.Context, options);
        if (recognition.IsIgnored)
            return DialogTurnResult.Waiting;
        if (recognition.Succeeded)
            return await OnRecognizedAsync(dc, recognition.Value, cancellationToken);

        var locale = dc.Context.Activity.Locale;
        var retries = (state[RetriesProperty]?.GetValue<int>() ?? 0) + 1;
        if (retries > options.MaxRetries)
        {
            await dc.Context.SendActivityAsync(texts.Get(DialogTextKeys.TooManyTries, locale), cancellationToken);
            return await dc.EndDialogTooManyTriesAsync(cancellationToken);
        }
        state[RetriesProperty] = retries;
        var retryText = recognition.IsSpecific || options.RetryPrompt is null
            ? texts.Get(recognition.RetryKey!, locale, recognition.RetryArgs)
            : options.RetryPrompt;
        await SendAsync(dc, options, retryText, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        SendAsync(dc, PromptOptions.FromJson(dc.ActiveDialog!.State[OptionsProperty]), retryText: null, cancellationToken);

    protected abstract PromptRecognition Recognize(ITurnContext turn, PromptOptions options);

    protected virtual Task<DialogTurnResult> OnRecognizedAsync(DialogContext dc, JsonNode? value, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(value, cancellationToken);

    /// <summary>The prompt (retryText null) or a retry. The base sends the text, and the card on the first ask only.</summary>
    protected virtual Task<Activity?> BuildActivityAsync(ITurnContext turn, PromptOptions options, string? retryText, CancellationToken cancellationToken)
    {
        var text = retryText ?? options.Prompt;
        var card = retryText is null ? options.Card : null;
        if (text is null && card is null)
            return Task.FromResult<Activity?>(null);
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, InputHint = "expectingInput" };
        if (card is not null)
            activity.Attachments = [card];
        return Task.FromResult<Activity?>(activity);
    }

    private async Task SendAsync(DialogContext dc, PromptOptions options, string? retryText, CancellationToken cancellationToken)
    {
        if (await BuildActivityAsync(dc.Context, options, retryText, cancellationToken) is { } activity)
            await dc.Context.SendActivityAsync(activity, cancellationToken);
    }

    protected static bool IsMessage(ITurnContext turn) => turn.Activity.IsType(ActivityTypes.Message);
}
