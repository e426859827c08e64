namespace BotApp.Bot.Notices;

/// <summary>What became of one outbox row in one try.</summary>
public enum DeliveryResult
{
    Sent,
    /// <summary>The renderer had nothing to say any more; settled without sending.</summary>
    Dropped,
    /// <summary>A transient failure; the row is due again after its back-off.</summary>
    RetryLater,
    /// <summary>Given up: see the row's LastError.</summary>
    Failed,
    /// <summary>Settled or rescheduled by someone else meanwhile; nothing done.</summary>
    NotPending,
}
