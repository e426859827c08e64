namespace BotApp.Bot.State;

/// <summary>
/// Another turn of the same conversation (or user) saved its state after this turn read it. This turn's
/// changes are refused rather than written over the other's; the error middleware apologises, and the
/// user's next message starts from what the other turn stored.
/// </summary>
public sealed class BotStateConflictException(IReadOnlyList<string> keys, Exception innerException)
    : Exception($"Bot state was changed by another turn; this turn's changes were not saved ({string.Join(", ", keys)}).", innerException)
{
    public IReadOnlyList<string> Keys { get; } = keys;
}
