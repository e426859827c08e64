namespace BotApp.Data.Entities;

/// <summary>
/// Who did what to which row, when. Append-only; StaffId has no foreign key so the trail outlives staff
/// changes. Null StaffId = the system (a job, an import).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public long? StaffId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? DetailsJson { get; set; }
    public DateTimeOffset At { get; set; }
}
