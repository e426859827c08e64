using BotApp.Handlers.Staff;

namespace BotApp.Bot.Features.CustomerLookup.MessageExtension;

public enum AudienceStatus
{
    /// <summary>Every member of the chat is on the staff list: <see cref="Audience.Staff"/> is all of them.</summary>
    AllStaff,

    /// <summary>Someone in the chat is not on the staff list (a guest, an external user, another bot).</summary>
    UnknownMembers,

    /// <summary>The members could not be listed (the bot is not in that chat, the channel failed) or are too many to check.</summary>
    NotListed,
}

/// <summary>
/// Who will read a card shared into a chat (issue 4, item 6: it shows only what every member may see). Unless
/// <see cref="IsKnown"/>, a card must show the least: nothing that any one reader may not see.
/// </summary>
public sealed record Audience(AudienceStatus Status, IReadOnlyList<StaffMember> Staff)
{
    public static Audience Unknown { get; } = new(AudienceStatus.UnknownMembers, []);

    public static Audience Unlisted { get; } = new(AudienceStatus.NotListed, []);

    public bool IsKnown => Status == AudienceStatus.AllStaff;

    public static Audience Of(IReadOnlyList<StaffMember> staff) => new(AudienceStatus.AllStaff, staff);
}
