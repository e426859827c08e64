using System.Text.Json.Nodes;
using BotApp.Bot.Features.CustomerLookup;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Plans;
using Mediator;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// "申请方案" on a customer card, or typed (<see cref="PlanCommands"/>): the application form, for that customer or
/// for one of the requester's own. Who may file, and for which customer, is checked by the handler.
/// </summary>
public sealed class NewPlanAction(CurrentStaff staff, ISender mediator, PlanFormCard form, PlanReplies replies) : ICardActionHandler
{
    string ICardActionHandler.Verb => PlanVerbs.New;

    public Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken) =>
        SendFormAsync(turnContext, CardData.CustomerId(data), planId: null, cancellationToken);

    public async Task SendFormAsync(ITurnContext turnContext, long? customerId, long? planId, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var plan = await mediator.Send(new GetPlanForm(viewer, customerId, planId), cancellationToken);
        if (plan is null)
        {
            await replies.SendTextAsync(turnContext, planId is null ? TextKeys.PlanNotRequester : TextKeys.PlanNotFound, cancellationToken);
            return;
        }
        if (plan.Customers.Count == 0)
        {
            await replies.SendTextAsync(turnContext, TextKeys.PlanFormNoCustomers, cancellationToken);
            return;
        }
        // A new message even for a Teams Action.Execute: the form must not replace the customer card it came from.
        var card = form.Render(plan, turnContext.Activity.Locale, turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [card] }, cancellationToken);
    }
}
