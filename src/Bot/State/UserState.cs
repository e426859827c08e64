using BotApp.Bot.Protocol.Schema;
using BotApp.Data;

namespace BotApp.Bot.State;

/// <summary>State that follows one user across conversations on a channel (preferences, last choices).</summary>
public sealed class UserState(BotDbContext db, TimeProvider time, StateCache cache) : BotState(db, time, cache)
{
    protected override string GetStorageKey(Activity activity) =>
        $"{Require(activity.ChannelId, "channelId")}/users/{Require(activity.From?.Id, "from id")}";
}
