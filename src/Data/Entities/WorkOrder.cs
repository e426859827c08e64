namespace BotApp.Data.Entities;

/// <summary>工单: a complaint, fault report or consultation, dispatched to a unit and supervised until closed.</summary>
public sealed class WorkOrder : ICustomerOwned, IVersioned
{
    public long Id { get; set; }
    public required string Number { get; set; }
    public long CustomerId { get; set; }
    public GroupCustomer Customer { get; set; } = null!;
    public WorkOrderKind Kind { get; set; }
    public WorkOrderSeverity Severity { get; set; } = WorkOrderSeverity.Normal;
    public required string Subject { get; set; }
    public string? Description { get; set; }
    public long? OpenedById { get; set; }
    public Staff? OpenedBy { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public WorkOrderStatus Status { get; set; } = WorkOrderStatus.Open;
    public long? AssignedUnitId { get; set; }
    public OrgUnit? AssignedUnit { get; set; }
    public string? Reply { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Satisfaction? Satisfaction { get; set; }
    public int Version { get; private set; }

    public bool IsOverdueAt(DateTimeOffset now) => Status is not (WorkOrderStatus.Replied or WorkOrderStatus.Closed) && now > DueAt;
}
