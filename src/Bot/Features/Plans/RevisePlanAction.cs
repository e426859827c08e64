using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features.Plans;

/// <summary>"Revise" on a plan sent back for changes: the form with its terms, for its requester only (checked by the handler).</summary>
public sealed class RevisePlanAction(NewPlanAction form) : ICardActionHandler
{
    string ICardActionHandler.Verb => PlanVerbs.Revise;

    public Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken) =>
        form.SendFormAsync(turnContext, customerId: null, planId: PlanActionData.From(data).PlanId ?? 0, cancellationToken);
}
