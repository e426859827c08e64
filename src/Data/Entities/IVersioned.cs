namespace BotApp.Data.Entities;

/// <summary>
/// A row two people can change at once (plans, work orders, alerts). <see cref="Version"/> is an optimistic
/// concurrency token that BotDbContext raises on every save of a change, so the second of two writers who
/// loaded the same version gets DbUpdateConcurrencyException instead of overwriting the first.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
