using System.Text.Json.Nodes;

namespace BotApp.Bot.Dialogs;

/// <summary>
/// A step of conversation that can span turns (Bot Builder's Dialog). Dialogs hold no per-user data
/// themselves: everything they remember goes into <see cref="DialogInstance.State"/>, which is persisted.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Starts the dialog; it is already on top of the stack.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>The user sent the next activity while this dialog is on top.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this dialog started has ended.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken) =>
        result.TooManyTries ? dc.EndDialogTooManyTriesAsync(cancellationToken) : dc.EndDialogAsync(result.Value, cancellationToken);

    /// <summary>Ask again, e.g. after an interruption such as help.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
