using System.Text.Json.Nodes;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>The requester marks a structural change agreed in advance, which puts the draft on its route (checked again by the handler).</summary>
public sealed class AgreePlanAction(CurrentStaff staff, ISender mediator, PlanFilingReplies filing, OutboxSignal outbox) : ICardActionHandler
{
    string ICardActionHandler.Verb => PlanVerbs.Agree;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var ids = PlanActionData.From(data);
        FilePlanOutcome outcome = ids is { PlanId: { } planId, Version: { } version }
            ? await mediator.Send(new MarkPlanAgreed(viewer, planId, version), cancellationToken)
            : new FilePlanOutcome.NotAllowed();
        outbox.Wake();
        await filing.TrySendAsync(turnContext, viewer, outcome, revising: true, cancellationToken);
    }
}
