namespace BotApp.Data.Entities;

/// <summary>An inbound activity id already handled in a conversation; channels retry slow turns.</summary>
public sealed class ProcessedActivity
{
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
