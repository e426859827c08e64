using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features;

/// <summary>
/// Handles one card verb. The data comes from the client: handlers re-check on the server everything
/// they act on (who may do what), never trusting the card. For invokes, set turnContext.InvokeResponse.
/// </summary>
public interface ICardActionHandler
{
    string Verb { get; }

    Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken);
}
