namespace BotApp.Data.Entities;

/// <summary>An inbound activity id already handled in a conversation; channels retry slow turns.</summary>
public sealed class ProcessedActivity
{
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }

    /// <summary>For invokes: the answer given, so a redelivered invoke gets the same one.</summary>
    public string? InvokeResponseJson { get; set; }
}
