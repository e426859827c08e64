using System.Text.Json.Nodes;
using BotApp.Data;
using BotApp.Data.Entities;

namespace BotApp.Bot.State;

/// <summary>A state document as one turn sees it: the live JSON and the snapshot (text, version) it was loaded from.</summary>
internal sealed class CachedState
{
    private StateSnapshot _saved;
    private StateSnapshot? _pending;

    public CachedState(string key, StateSnapshot snapshot)
    {
        Key = key;
        _saved = snapshot;
        Value = JsonNode.Parse(snapshot.Json) as JsonObject
            ?? throw new InvalidOperationException($"Stored state '{key}' is not a JSON object.");
        // Re-serialised rather than the stored text, so formatting alone never counts as a change.
        _saved = snapshot with { Json = Value.ToJsonString() };
    }

    public string Key { get; }

    public JsonObject Value { get; }

    /// <summary>The row this turn added or updated, so it can be detached if the save is abandoned.</summary>
    public BotStateRecord? Record { get; private set; }

    /// <summary>
    /// Adds the row, or updates it if the text changed. Version is the concurrency token: EF's UPDATE
    /// matches the version we read, so a turn that read an older version updates nothing and fails.
    /// </summary>
    public bool Stage(Func<BotDbContext> store, DateTimeOffset now)
    {
        var json = Value.ToJsonString();
        if (json == _saved.Json)
            return false;
        var db = store();

        if (_saved.Version == 0)
        {
            Record = new BotStateRecord { Key = Key, Json = json, Version = 1, UpdatedAt = now };
            db.BotState.Add(Record);
        }
        else
        {
            // Attach what we read (unchanged), then change it: EF sends UPDATE ... WHERE Key = @k AND Version = @read.
            Record = new BotStateRecord { Key = Key, Json = _saved.Json, Version = _saved.Version };
            db.BotState.Attach(Record);
            Record.Json = json;
            Record.Version = _saved.Version + 1;
            Record.UpdatedAt = now;
        }
        _pending = new StateSnapshot(json, Record.Version);
        return true;
    }

    /// <summary>After a successful save: later changes in the same turn compare against what is stored now.</summary>
    public StateSnapshot Accept()
    {
        _saved = _pending ?? _saved;
        _pending = null;
        return _saved;
    }
}
