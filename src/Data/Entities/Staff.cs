namespace BotApp.Data.Entities;

/// <summary>A member of staff and the channel identities they chat from.</summary>
public sealed class Staff
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required StaffRole Role { get; set; }

    /// <summary>The branch, county sub-branch or department they belong to; a unit lead sees this unit's subtree.</summary>
    public long? OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }

    public string? Phone { get; set; }

    /// <summary>Teams: the user's Entra (AAD) object id, from activity.from.aadObjectId.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>Local Web Chat: the user id bound into the Direct Line token.</summary>
    public string? WebChatId { get; set; }

    public string Locale { get; set; } = "zh-CN";
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
