namespace BotApp.Data.Writes;

/// <summary>What an upsert did to one row: the importer reports these counts, and reacts to changed rows.</summary>
public enum UpsertOutcome
{
    Inserted,
    Updated,
    Unchanged,
}

public sealed record UpsertCounts(int Inserted, int Updated, int Unchanged)
{
    public static readonly UpsertCounts None = new(0, 0, 0);

    public UpsertCounts Add(UpsertOutcome outcome) => outcome switch
    {
        UpsertOutcome.Inserted => this with { Inserted = Inserted + 1 },
        UpsertOutcome.Updated => this with { Updated = Updated + 1 },
        _ => this with { Unchanged = Unchanged + 1 },
    };
}
