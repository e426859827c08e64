namespace BotApp.Data.Entities;

/// <summary>
/// One proactive message to deliver to one conversation: written in the same transaction as the thing it
/// announces, sent later by a worker with retries. (SourceKey, ConversationReferenceId) is unique, so
/// announcing the same thing to the same conversation twice queues it once.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>What is announced: "alert:42", "plan:7:approved", "digest:NB-YY:2026-11-24".</summary>
    public required string SourceKey { get; set; }
    public long? AlertId { get; set; }
    public Alert? Alert { get; set; }
    public long ConversationReferenceId { get; set; }
    public ConversationReferenceRecord ConversationReference { get; set; } = null!;

    /// <summary>The activity to send, JSON.</summary>
    public required string PayloadJson { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// The card this message shows ("plan:7"). A later message with the same key to the same conversation replaces
    /// the card in place where the channel can update messages (Teams); elsewhere it is posted as a new message.
    /// </summary>
    public string? CardKey { get; set; }

    /// <summary>The id the channel gave the sent activity: what a later message with the same CardKey updates.</summary>
    public string? ActivityId { get; set; }
}
