using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Turns;

/// <summary>
/// Dispatches a turn by activity type, like Bot Builder's ActivityHandler. Unknown types are ignored (A2014);
/// an invoke nobody handles is answered 501 by the adapter.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => turnContext.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
        ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
        ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
        ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
        _ => Task.CompletedTask,
    };

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var added = activity.MembersAdded?.Where(m => m.Id != activity.Recipient?.Id).ToList();
        var botAdded = activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        if (added is { Count: > 0 } || botAdded)
            await OnMembersAddedAsync(added ?? [], botAdded, turnContext, cancellationToken);
    }

    /// <summary>People joined (or the bot was added: <paramref name="botAdded"/>).</summary>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, bool botAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
