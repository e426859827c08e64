using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// The form was submitted: file the plan (or resubmit a revision). Everything on it is checked again by the handler;
/// a form with mistakes comes back with them listed and the values kept, a plan below cost is refused with its numbers.
/// </summary>
public sealed class SubmitPlanAction(
    CurrentStaff staff, ISender mediator, PlanFormCard form, PlanReplies replies, PlanFilingReplies filing, OutboxSignal outbox) : ICardActionHandler
{
    string ICardActionHandler.Verb => PlanVerbs.Submit;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var ids = PlanActionData.From(data);
        var (terms, errors) = PlanInputs.Read(data);
        var outcome = terms is null
            ? new FilePlanOutcome.Invalid(errors)
            : await mediator.Send(new FilePlan(viewer, terms, ids.PlanId, ids.Version ?? 0), cancellationToken);
        // Ticked "agreed in advance" on a structural change: file and put it on its route in one go.
        if (outcome is FilePlanOutcome.AwaitingAgreement { Plan: var draft } && PlanInputs.AgreedInAdvance(data))
            outcome = await mediator.Send(new MarkPlanAgreed(viewer, draft.Id, draft.Version), cancellationToken);
        outbox.Wake();
        if (!await filing.TrySendAsync(turnContext, viewer, outcome, revising: ids.PlanId is not null, cancellationToken))
            await SendFormAgainAsync(turnContext, viewer, data, ids.PlanId, ((FilePlanOutcome.Invalid)outcome).Errors, cancellationToken);
    }

    /// <summary>The same form with what to correct on top and the values as typed; in Teams it replaces the submitted one.</summary>
    private async Task SendFormAgainAsync(ITurnContext turnContext, StaffMember viewer, JsonObject data, long? planId, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        // The customers offered as before: the one the form was for (from a customer card), else the requester's own.
        var customerId = planId is null ? CustomerLookup.CardData.CustomerId(data) : null;
        var choices = await mediator.Send(new GetPlanForm(viewer, customerId, planId), cancellationToken);
        if (choices is { Customers.Count: 0 } && customerId is not null)
            choices = await mediator.Send(new GetPlanForm(viewer, PlanId: planId), cancellationToken);
        if (choices is null)
        {
            await replies.SendTextAsync(turnContext, TextKeys.PlanNotFound, cancellationToken);
            return;
        }
        var card = form.Render(choices, turnContext.Activity.Locale, turnContext.Activity.ChannelId, PlanInputs.Echo(data), errors);
        if (turnContext.Activity.IsType(ActivityTypes.Invoke))
            turnContext.InvokeResponse = InvokeResponse.Card((JsonObject)card.Content!);
        else
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [card] }, cancellationToken);
    }
}
