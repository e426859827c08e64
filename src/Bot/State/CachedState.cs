using System.Text.Json.Nodes;
using BotApp.Data;
using BotApp.Data.Entities;

namespace BotApp.Bot.State;

/// <summary>A state document as one turn sees it: the live JSON, the text it was loaded with, and its row.</summary>
internal sealed class CachedState
{
    private string _savedJson;
    private string? _pendingJson;

    public CachedState(string key, BotStateRecord? record)
    {
        Key = key;
        Record = record;
        Value = record is null ? [] : JsonNode.Parse(record.Json) as JsonObject
            ?? throw new InvalidOperationException($"Stored state '{key}' is not a JSON object.");
        // Re-serialised rather than the stored text, so formatting alone never counts as a change.
        _savedJson = Value.ToJsonString();
    }

    public string Key { get; }

    public JsonObject Value { get; }

    public BotStateRecord? Record { get; private set; }

    /// <summary>Adds or updates the row if the text changed. Version is the concurrency token: EF's UPDATE
    /// matches the version we read, so a turn that read an older version updates nothing and fails.</summary>
    public bool Stage(BotDbContext db, DateTimeOffset now)
    {
        var json = Value.ToJsonString();
        if (json == _savedJson)
            return false;

        if (Record is null)
        {
            Record = new BotStateRecord { Key = Key, Json = json, Version = 1, UpdatedAt = now };
            db.BotState.Add(Record);
        }
        else
        {
            Record.Json = json;
            Record.Version++;
            Record.UpdatedAt = now;
        }
        _pendingJson = json;
        return true;
    }

    /// <summary>After a successful save: later changes in the same turn compare against what is stored now.</summary>
    public void Accept()
    {
        _savedJson = _pendingJson ?? _savedJson;
        _pendingJson = null;
    }
}
