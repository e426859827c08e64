namespace BotApp.Data.Entities;

public enum WorkOrderStatus
{
    Open,
    Dispatched,
    InProgress,
    /// <summary>The reply to the customer is recorded; satisfaction follow-up pending.</summary>
    Replied,
    Closed,
}
