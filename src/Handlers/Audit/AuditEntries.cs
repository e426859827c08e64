using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BotApp.Data.Entities;

namespace BotApp.Handlers.Audit;

/// <summary>
/// Builds audit entries, so every feature writes the same shape. Reads are audited through <see cref="AuditTrail"/>;
/// a command adds the entry to its own context (<c>db.AuditLog.Add(AuditEntries.Create(…))</c>) so it commits with
/// the change it records, or not at all (ADR-012).
/// </summary>
public static class AuditEntries
{
    /// <summary>Readable in the database: Chinese text unescaped, enums by name, nulls left out.</summary>
    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <param name="staffId">Who; null for the system (a job, an import).</param>
    /// <param name="details">Serialised as DetailsJson; null writes none.</param>
    public static AuditEntry Create(long? staffId, string action, string entityType, string entityId, object? details, DateTimeOffset at) => new()
    {
        StaffId = staffId,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        DetailsJson = details is null ? null : JsonSerializer.Serialize(details, details.GetType(), DetailsJson),
        At = at,
    };
}
