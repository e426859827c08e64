using System.Text.Json.Nodes;
using BotApp.Bot.Dialogs.Prompts;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Dialogs;

/// <summary>
/// The dialog stack for one turn (Bot Builder's DialogContext). The stack is a JSON array under
/// "dialogStack" in conversation state, top at index 0; it is only created when a dialog starts, so a
/// turn that runs no dialog leaves conversation state untouched (and unwritten).
/// </summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext turn, JsonObject conversationState)
{
    public const string StackProperty = "dialogStack";

    public DialogSet Dialogs { get; } = dialogs;

    public ITurnContext Context { get; } = turn;

    public IReadOnlyList<DialogInstance> Stack =>
        conversationState[StackProperty] is JsonArray stack ? stack.OfType<JsonObject>().Select(x => new DialogInstance(x)).ToList() : [];

    public DialogInstance? ActiveDialog =>
        conversationState[StackProperty] is JsonArray { Count: > 0 } stack && stack[0] is JsonObject top ? new DialogInstance(top) : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' in the set.");
        var stack = conversationState[StackProperty] as JsonArray ?? [];
        conversationState[StackProperty] = stack;
        stack.Insert(0, DialogInstance.Create(dialogId).Node);
        // Options are stored by dialogs, and a JSON node can only have one parent: give each its own copy.
        return await dialog.BeginAsync(this, options?.DeepClone(), cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options.ToJson(), cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
            return new DialogTurnResult(DialogTurnStatus.Empty);
        if (Dialogs.Find(active.Id) is not { } dialog)
        {
            // A dialog renamed or removed by a deployment must not wedge the conversation: start afresh.
            await CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await dialog.ContinueAsync(this, cancellationToken);
    }

    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken) =>
        EndActiveAsync(new DialogResult(result?.DeepClone()), cancellationToken);

    /// <summary>Ends the active dialog without an answer: a prompt whose retries ran out.</summary>
    public Task<DialogTurnResult> EndDialogTooManyTriesAsync(CancellationToken cancellationToken) =>
        EndActiveAsync(new DialogResult(null, TooManyTries: true), cancellationToken);

    /// <summary>Ends the active dialog and starts another in its place; the parent is not resumed in between.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        Pop();
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        var hadDialogs = ActiveDialog is not null;
        conversationState.Remove(StackProperty);
        return Task.FromResult(new DialogTurnResult(hadDialogs ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty));
    }

    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active && Dialogs.Find(active.Id) is { } dialog
            ? dialog.RepromptAsync(this, cancellationToken)
            : Task.CompletedTask;

    private async Task<DialogTurnResult> EndActiveAsync(DialogResult result, CancellationToken cancellationToken)
    {
        Pop();
        if (ActiveDialog is { } parent)
        {
            if (Dialogs.Find(parent.Id) is { } dialog)
                return await dialog.ResumeAsync(this, result, cancellationToken);
            await CancelAllDialogsAsync(cancellationToken); // parent no longer exists: see ContinueDialogAsync
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    private void Pop()
    {
        if (conversationState[StackProperty] is not JsonArray stack)
            return;
        if (stack.Count > 0)
            stack.RemoveAt(0);
        // An empty stack is removed, so state returns to exactly what it was before the dialog began.
        if (stack.Count == 0)
            conversationState.Remove(StackProperty);
    }
}
