namespace BotApp.Data.Entities;

/// <summary>What the recipient did with an alert. Delivery state lives in the outbox, not here.</summary>
public enum AlertStatus
{
    Open,
    Acknowledged,
    Resolved,
    Dismissed,
}
