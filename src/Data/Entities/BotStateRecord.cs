namespace BotApp.Data.Entities;

/// <summary>
/// Conversation or user state as a JSON document (dialog stack, preferences), keyed like Bot Builder's
/// storage keys. <see cref="Version"/> is a concurrency token so two turns cannot overwrite each other.
/// </summary>
public sealed class BotStateRecord
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
