namespace BotApp.Data.Entities;

/// <summary>
/// Something a person should act on (预警). <see cref="DedupeKey"/> names the fact the alert is about (e.g.
/// "agreement-expiry:C330200001:A-2025-001:30"), unique, so a scan that runs twice raises it once.
/// </summary>
public sealed class Alert : IVersioned
{
    public long Id { get; set; }
    public AlertKind Kind { get; set; }
    public long? CustomerId { get; set; }
    public GroupCustomer? Customer { get; set; }

    /// <summary>The person it is for (1:1); team-channel digests are deliveries in the outbox.</summary>
    public long? RecipientId { get; set; }
    public Staff? Recipient { get; set; }
    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>When the underlying thing falls due (agreement end, plan expiry, work order due), if it has a date.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public AlertStatus Status { get; set; } = AlertStatus.Open;
    public required string DedupeKey { get; set; }

    /// <summary>The figures the card shows (amounts, dates), JSON.</summary>
    public string? DetailsJson { get; set; }
    public int Version { get; private set; }
}
