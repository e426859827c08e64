using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.State;

namespace BotApp.Bot.Dialogs;

/// <summary>
/// The dialogs a bot knows, by id. Holds no per-conversation data, so one set can serve every turn;
/// the stack it works on is read from the turn's conversation state.
/// </summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>The dialog context for this turn, over the stack in conversation state (loaded on first use).</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var state = await turn.GetConversationState().GetAsync(turn, cancellationToken);
        return new DialogContext(this, turn, state);
    }
}
