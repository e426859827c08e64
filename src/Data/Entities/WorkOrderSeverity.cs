namespace BotApp.Data.Entities;

/// <summary>Sets the due time of a work order. Stored as its name.</summary>
public enum WorkOrderSeverity
{
    Low,
    Normal,
    High,
    Critical,
}
