using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// A plan's card, for whoever asks and may see it: a tap in a list (plan.open, a new message), or Teams refreshing a
/// card as it is opened (plan.refresh, Universal Actions: the answer replaces the card for that person only).
/// </summary>
public sealed class OpenPlanAction(string verb, CurrentStaff staff, ISender mediator, PlanReplies replies) : ICardActionHandler
{
    public string Verb => verb;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var plan = PlanActionData.From(data).PlanId is { } planId ? await mediator.Send(new GetPlan(viewer, planId), cancellationToken) : null;
        if (plan is null)
            await replies.SendTextAsync(turnContext, TextKeys.PlanNotFound, cancellationToken);
        else
            await replies.SendCardAsync(turnContext, viewer, plan, notice: null, cancellationToken);
    }
}
