using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Dialogs;

/// <summary>
/// A fixed sequence of steps; each step usually asks something (a prompt) and the next one receives the
/// answer in <see cref="WaterfallStepContext.Result"/>. Progress and <see cref="WaterfallStepContext.Values"/>
/// live in the dialog's state, so the sequence survives across turns and restarts.
/// </summary>
public sealed class WaterfallDialog(string id, IReadOnlyList<Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>>> steps)
    : Dialog(id)
{
    private const string StepProperty = "step";
    private const string ValuesProperty = "values";
    private const string OptionsProperty = "options";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsProperty] = options;
        state[ValuesProperty] = new JsonObject();
        return RunStepAsync(dc, 0, new DialogResult(null), cancellationToken);
    }

    /// <summary>A step that ended the turn without a prompt gets the user's next message text as its result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (!activity.IsType(ActivityTypes.Message))
            return Task.FromResult(DialogTurnResult.Waiting);
        return RunStepAsync(dc, CurrentStep(dc) + 1, new DialogResult(activity.Text is null ? null : JsonValue.Create(activity.Text)), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc) + 1, result, cancellationToken);

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogResult result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
            return result.TooManyTries ? dc.EndDialogTooManyTriesAsync(cancellationToken) : dc.EndDialogAsync(result.Value, cancellationToken);

        var state = dc.ActiveDialog!.State;
        state[StepProperty] = index;
        var values = state[ValuesProperty] as JsonObject ?? [];
        var step = new WaterfallStepContext(this, dc, index, values, state[OptionsProperty], result);
        return steps[index](step, cancellationToken);
    }

    private static int CurrentStep(DialogContext dc) => dc.ActiveDialog!.State[StepProperty]?.GetValue<int>() ?? 0;
}
