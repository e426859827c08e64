using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Turns;

/// <summary>One inbound activity being handled, and the ways to answer it (Bot Builder's ITurnContext).</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Per-turn values shared by middleware and the bot (state, the signed-in staff member, ...).</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>True once anything was sent or an invoke response was set.</summary>
    bool Responded { get; }

    /// <summary>Set by invoke handlers; becomes the HTTP response of the inbound POST.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent. False where the channel cannot (Direct Line answers 405).</summary>
    Task<bool> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task<bool> DeleteActivityAsync(string activityId, CancellationToken cancellationToken);

    Task SendTypingAsync(CancellationToken cancellationToken);
}
