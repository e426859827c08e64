using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.State;

/// <summary>State that follows one user across conversations on a channel (preferences, last choices).</summary>
public sealed class UserState(IServiceProvider scope, TimeProvider time, StateCache cache) : BotState(scope, time, cache)
{
    protected override string? StorageKeyOrNull(Activity activity) =>
        activity.ChannelId is { Length: > 0 } channel && activity.From?.Id is { Length: > 0 } user
            ? $"{channel}/users/{user}"
            : null;
}
