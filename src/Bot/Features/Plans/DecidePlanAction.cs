using System.Text.Json.Nodes;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// Approve, reject or send back, from an approver's card; one registration per verb. The card's plan, step and version
/// are only a request: the handler decides whether this person may act on that step now, and records exactly one
/// decision however many taps, retries or approvers arrive together.
/// </summary>
public sealed class DecidePlanAction(string verb, PlanDecision decision, CurrentStaff staff, ISender mediator, PlanStepReplies replies, OutboxSignal outbox)
    : ICardActionHandler
{
    public string Verb => verb;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var ids = PlanActionData.From(data);
        if (ids is not { PlanId: { } planId, StepId: { } stepId, Version: { } version })
        {
            await replies.SendAsync(turnContext, viewer, new PlanStepOutcome.NotAllowed(), decision, cancellationToken);
            return;
        }
        var outcome = await mediator.Send(new DecidePlanStep(viewer, planId, stepId, version, decision, ids.Comment), cancellationToken);
        outbox.Wake();
        await replies.SendAsync(turnContext, viewer, outcome, decision, cancellationToken);
    }
}
