namespace BotApp.Data.Entities;

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the last attempt (or the conversation is gone); see LastError.</summary>
    Failed,
}
