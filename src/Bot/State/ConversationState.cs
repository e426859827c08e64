using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.State;

/// <summary>State shared by everyone in one conversation: the dialog stack lives here.</summary>
public sealed class ConversationState(IServiceProvider scope, TimeProvider time, StateCache cache) : BotState(scope, time, cache)
{
    protected override string? StorageKeyOrNull(Activity activity) =>
        activity.ChannelId is { Length: > 0 } channel && activity.Conversation?.Id is { Length: > 0 } conversation
            ? $"{channel}/conversations/{conversation}"
            : null;
}
