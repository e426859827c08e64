namespace BotApp.Data.Entities;

/// <summary>
/// Where to reach a user 1:1 or a team channel later (proactive alerts). Saved on every inbound activity,
/// only from authenticated requests (spec A7560).
/// </summary>
public sealed class ConversationReferenceRecord
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }

    /// <summary>personal, groupChat or channel (Teams); personal for Web Chat.</summary>
    public required string ConversationType { get; set; }
    /// <summary>The user of a 1:1 chat; "" for a group chat or team channel (the conversation itself).</summary>
    public required string UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? TenantId { get; set; }
    public string? TeamId { get; set; }
    public required string ServiceUrl { get; set; }

    /// <summary>The full reference as the channel gave it, JSON.</summary>
    public required string ReferenceJson { get; set; }

    /// <summary>False once the bot was removed; proactive sends skip it.</summary>
    public bool IsActive { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
