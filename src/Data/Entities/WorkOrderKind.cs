namespace BotApp.Data.Entities;

public enum WorkOrderKind
{
    /// <summary>投诉.</summary>
    Complaint,
    /// <summary>故障申告.</summary>
    Fault,
    /// <summary>咨询.</summary>
    Consultation,
}
