using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Protocol.Turns;

/// <summary>
/// Runs one authenticated activity through the middleware and the bot, in its own DI scope,
/// and returns what the HTTP response should carry (Bot Builder's CloudAdapter, minus HTTP).
/// </summary>
public sealed class CloudAdapter(IServiceScopeFactory scopes, IConnectorClient connector)
{
    public const string CallerIdKey = "BotApp.CallerId";

    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, string? callerId, CancellationToken cancellationToken)
    {
        activity.CallerId = callerId; // never trust callerId from the wire (spec Appendix V)
        var context = new TurnContext(activity, connector);
        await RunPipelineAsync(context, static (bot, turn, ct) => bot.OnTurnAsync(turn, ct), cancellationToken);

        if (!activity.IsType(ActivityTypes.Invoke))
            return null;
        // Bot Builder answers 501 when an invoke found no handler.
        return context.InvokeResponse ?? new InvokeResponse(501);
    }

    /// <summary>Proactive: runs <paramref name="callback"/> in a turn addressed to a stored conversation.</summary>
    public async Task ContinueConversationAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var activity = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" }.ApplyConversationReference(reference);
        // The synthetic event comes "from" the user to the bot, so replies address the user.
        (activity.From, activity.Recipient) = (reference.User, reference.Bot);
        var context = new TurnContext(activity, connector);
        // Same middleware as an inbound turn, so proactive code has state, the user's language and error handling.
        await RunPipelineAsync(context, (_, turn, ct) => callback(turn, ct), cancellationToken);
    }

    private async Task RunPipelineAsync(TurnContext context, Func<IBot, ITurnContext, CancellationToken, Task> last, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var middleware = scope.ServiceProvider.GetServices<IMiddleware>().ToArray();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();

        Task Next(int index, CancellationToken ct) => index < middleware.Length
            ? middleware[index].OnTurnAsync(context, c => Next(index + 1, c), ct)
            : last(bot, context, ct);

        await Next(0, cancellationToken);
    }
}
