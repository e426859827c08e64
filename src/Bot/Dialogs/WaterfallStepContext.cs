using System.Text.Json.Nodes;
using BotApp.Bot.Dialogs.Prompts;

namespace BotApp.Bot.Dialogs;

/// <summary>What one waterfall step sees: the previous step's result, the dialog's values and options.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _parent;
    private readonly DialogResult _result;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, int index, JsonObject values, JsonNode? options, DialogResult result)
    {
        _parent = parent;
        _result = result;
        Context = dc;
        Index = index;
        Values = values;
        Options = options;
    }

    public DialogContext Context { get; }

    public int Index { get; }

    /// <summary>Remembered across the steps (and turns) of this dialog; persisted with conversation state.</summary>
    public JsonObject Values { get; }

    /// <summary>What the dialog was started with.</summary>
    public JsonNode? Options { get; }

    /// <summary>The answer of the prompt (or child dialog) the previous step started, or what it passed to Next.</summary>
    public JsonNode? Result => _result.Value;

    /// <summary>The previous step's prompt gave up: the user did not give a usable answer in time.</summary>
    public bool TooManyTries => _result.TooManyTries;

    /// <summary>Skips to the next step in this same turn, with <paramref name="result"/> as its Result.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
            throw new InvalidOperationException($"Step {Index} of '{_parent.Id}' already called NextAsync.");
        _nextCalled = true;
        return _parent.RunStepAsync(Context, Index + 1, new DialogResult(result?.DeepClone()), cancellationToken);
    }

    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken) =>
        Context.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        Context.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);
}
