using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features.Help;

/// <summary>The "help" button on the welcome card.</summary>
public sealed class ShowHelpAction(HelpCard help) : ICardActionHandler
{
    public string Verb => HelpCard.Verb;

    public Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken) =>
        help.SendAsync(turnContext, cancellationToken);
}
