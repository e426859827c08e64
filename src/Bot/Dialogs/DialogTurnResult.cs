using System.Text.Json.Nodes;

namespace BotApp.Bot.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active; the bot decides what the message means.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next activity.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended this turn; see <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, DialogResult? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
}

/// <summary>
/// What a dialog that ended hands its parent. <see cref="TooManyTries"/> is set when a prompt gave up
/// after its retries ran out, so the parent can tell "no answer" from an answer that happens to be null.
/// </summary>
public sealed record DialogResult(JsonNode? Value, bool TooManyTries = false);
