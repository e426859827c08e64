using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Data.Writes;

namespace BotApp.Handlers.Audit;

/// <summary>
/// Writes one audit entry (who, what, when) as one INSERT. It goes through BulkInsert rather than SaveChanges so it
/// never flushes whatever else the caller's context is tracking, and it joins the caller's transaction when one is
/// open: a command that audits inside its transaction commits the entry with its change, or neither (ADR-012).
/// </summary>
public static class AuditTrail
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
    public static async Task RecordAsync(
        BotDbContext db, TimeProvider time, long? staffId, string action, string entityType, string entityId, object? details,
        CancellationToken cancellationToken)
    {
        var entry = new AuditEntry
        {
            StaffId = staffId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            DetailsJson = details is null ? null : JsonSerializer.Serialize(details, details.GetType(), DetailsJson),
            At = time.GetUtcNow(),
        };
        await BulkInsert.RunAsync(db, [entry], cancellationToken);
    }
}
