using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features;

/// <summary>Maps a card verb to its handler; it does no work itself. Unknown or forged verbs get a short answer and change nothing.</summary>
public sealed class CardActionRouter(IEnumerable<ICardActionHandler> handlers, ILocalizer texts, ILogger<CardActionRouter> log)
{
    private readonly Dictionary<string, ICardActionHandler> _handlers = handlers.ToDictionary(h => h.Verb, StringComparer.OrdinalIgnoreCase);

    public async Task RouteAsync(ITurnContext turnContext, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var isInvoke = turnContext.Activity.IsType(ActivityTypes.Invoke);
        if (!_handlers.TryGetValue(verb, out var handler))
        {
            log.LogWarning("Unknown card verb {Verb} from {UserId}", verb, turnContext.Activity.From?.Id);
            var text = texts.Get(TextKeys.UnknownAction, turnContext.Activity.Locale);
            if (isInvoke)
                turnContext.InvokeResponse = InvokeResponse.Message(text);
            else
                await turnContext.SendActivityAsync(text, cancellationToken);
            return;
        }

        await handler.HandleAsync(turnContext, data, cancellationToken);
        // Universal Actions must always be answered; a handler that replied with messages acknowledges quietly.
        if (isInvoke)
            turnContext.InvokeResponse ??= InvokeResponse.Message(texts.Get(TextKeys.Done, turnContext.Activity.Locale));
    }
}
