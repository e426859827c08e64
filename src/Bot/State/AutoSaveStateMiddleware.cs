using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.State;

/// <summary>
/// Makes conversation and user state available to the turn (loaded on first use) and saves what changed
/// after the rest of the pipeline succeeded. If the bot throws, nothing is saved, so a half-done turn
/// never persists. Must sit INSIDE the error middleware (registered after it) so a
/// <see cref="BotStateConflictException"/> reaches the apology.
/// </summary>
public sealed class AutoSaveStateMiddleware(ConversationState conversationState, UserState userState) : Protocol.Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        turnContext.TurnState[TurnStateKeys.ConversationState] = conversationState;
        turnContext.TurnState[TurnStateKeys.UserState] = userState;
        await BotState.PrefetchAsync(turnContext, [conversationState, userState], cancellationToken);

        await next(cancellationToken);

        await BotStateWriter.SaveAsync(turnContext, [conversationState, userState], cancellationToken);
    }
}
