using System.Text.Json.Nodes;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>The business support center marks an approved plan implemented from its task card; checked again by the handler.</summary>
public sealed class CompletePlanAction(CurrentStaff staff, ISender mediator, PlanStepReplies replies, OutboxSignal outbox) : ICardActionHandler
{
    string ICardActionHandler.Verb => PlanVerbs.Complete;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var ids = PlanActionData.From(data);
        PlanStepOutcome outcome = ids is { PlanId: { } planId, StepId: { } stepId, Version: { } version }
            ? await mediator.Send(new CompletePlanTask(viewer, planId, stepId, version, ids.Comment), cancellationToken)
            : new PlanStepOutcome.NotAllowed();
        outbox.Wake();
        await replies.SendAsync(turnContext, viewer, outcome, decision: null, cancellationToken);
    }
}
