using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.State;

/// <summary>Where <see cref="AutoSaveStateMiddleware"/> leaves the states, for code that only has the turn.</summary>
public static class TurnStateKeys
{
    public const string ConversationState = "BotApp.ConversationState";
    public const string UserState = "BotApp.UserState";

    public static ConversationState GetConversationState(this ITurnContext turn) => Get<ConversationState>(turn, ConversationState);

    public static UserState GetUserState(this ITurnContext turn) => Get<UserState>(turn, UserState);

    private static T Get<T>(ITurnContext turn, string key) where T : BotState =>
        turn.TurnState.TryGetValue(key, out var value) && value is T state
            ? state
            : throw new InvalidOperationException($"No {typeof(T).Name} in this turn: AutoSaveStateMiddleware must run before the bot (register it with AddDialogs).");
}
