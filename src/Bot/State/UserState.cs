using BotApp.Bot.Protocol.Schema;
using BotApp.Data;

namespace BotApp.Bot.State;

/// <summary>State that follows one user across conversations on a channel (preferences, last choices).</summary>
public sealed class UserState(BotDbContext db, TimeProvider time, StateCache cache) : BotState(db, time, cache)
{
    protected override string? StorageKeyOrNull(Activity activity) =>
        activity.ChannelId is { Length: > 0 } channel && activity.From?.Id is { Length: > 0 } user
            ? $"{channel}/users/{user}"
            : null;
}
