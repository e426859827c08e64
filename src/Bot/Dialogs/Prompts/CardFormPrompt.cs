using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs.Prompts;

/// <summary>
/// Sends an Adaptive Card form and waits for it to be submitted. The result is the submitted data
/// (a JsonObject): the <c>value</c> of a message (Action.Submit; Web Chat and Teams) or the
/// <c>action.data</c> of an <c>adaptiveCard/action</c> invoke (Action.Execute; Teams), with the
/// invoke's verb added as "verb" when the data has none. Typed text gets "please fill in the card".
/// The card is <see cref="PromptOptions.Card"/>, or made by <paramref name="cardFactory"/> when that is null
/// (then it is not stored in state, and is made again for a re-prompt).
/// </summary>
public sealed class CardFormPrompt(
    string id,
    ILocalizer texts,
    Func<ITurnContext, PromptOptions, CancellationToken, Task<Attachment>>? cardFactory = null) : Prompt(id, texts)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    protected override PromptRecognition Recognize(ITurnContext turn, PromptOptions options)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            return activity.Value is JsonObject submitted
                ? PromptRecognition.Success(submitted.DeepClone())
                : PromptRecognition.Unrecognized(DialogTextKeys.CardFormRetry);
        }
        if (activity.IsType(ActivityTypes.Invoke) && activity.Name == AdaptiveCardActionInvoke && activity.Value?["action"] is JsonObject action)
        {
            var data = action["data"] is JsonObject d ? (JsonObject)d.DeepClone() : [];
            if (action["verb"] is JsonValue verb && !data.ContainsKey("verb"))
                data["verb"] = verb.DeepClone();
            return PromptRecognition.Success(data);
        }
        return PromptRecognition.Ignored;
    }

    protected override Task<DialogTurnResult> OnRecognizedAsync(DialogContext dc, JsonNode? value, CancellationToken cancellationToken)
    {
        // An invoke must be answered or Teams shows an error; a later step may still replace this with a card.
        if (dc.Context.Activity.IsType(ActivityTypes.Invoke))
            dc.Context.InvokeResponse ??= InvokeResponse.Message(Texts.Get(DialogTextKeys.CardFormReceived, dc.Context.Activity.Locale));
        return base.OnRecognizedAsync(dc, value, cancellationToken);
    }

    protected override async Task<Activity?> BuildActivityAsync(ITurnContext turn, PromptOptions options, string? retryText, CancellationToken cancellationToken)
    {
        // Retries are text only: the form is still right above, re-sending it would stack copies.
        if (retryText is null && options.Card is null && cardFactory is not null)
            options.Card = await cardFactory(turn, options, cancellationToken);
        return await base.BuildActivityAsync(turn, options, retryText, cancellationToken);
    }
}
