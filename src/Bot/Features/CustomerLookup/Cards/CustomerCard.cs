using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Customers;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features.CustomerLookup.Cards;

/// <summary>
/// Sends a customer's card to the viewer: everything they may see of it, the revenue chart, and buttons for the bills
/// and — once those features exist — a plan application and a complaint for this customer.
/// </summary>
public sealed class CustomerCard(ISender mediator, ICardRenderer cards, CustomerCardData content, ILocalizer texts, IEnumerable<FeatureVerb> features)
{
    public const string Template = "customer";

    /// <summary>Verbs of the plan-application and complaint flows (issues 5 and 6); their buttons show once registered.</summary>
    public const string NewPlanVerb = "plan.new";
    public const string NewComplaintVerb = "workOrder.new";

    private readonly HashSet<string> _offered = features.Select(f => f.Verb).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public async Task SendAsync(ITurnContext turnContext, StaffMember viewer, long customerId, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        if (await mediator.Send(new GetCustomerDetail(viewer, customerId), cancellationToken) is not { } detail)
        {
            // Not there, or not the viewer's to see: the same answer either way.
            await turnContext.SendActivityAsync(texts.Get(TextKeys.CustomerGone, locale), cancellationToken);
            return;
        }
        var data = content.Build(detail, Disclosure.Full, locale, viewer.TimeZone);
        data["actions"] = Actions(detail.Id, locale);
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [cards.Render(Template, data, turnContext.Activity.ChannelId)] };
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private JsonArray Actions(long customerId, string? locale)
    {
        JsonObject Action(string key, string verb) =>
            new() { ["title"] = texts.Get(key, locale), ["verb"] = verb, ["data"] = new JsonObject { ["customerId"] = customerId } };
        var actions = new JsonArray(Action(TextKeys.CustomerActionBills, CustomerBillsAction.Verb));
        if (_offered.Contains(NewPlanVerb))
            actions.Add(Action(TextKeys.CustomerActionNewPlan, NewPlanVerb));
        if (_offered.Contains(NewComplaintVerb))
            actions.Add(Action(TextKeys.CustomerActionComplaint, NewComplaintVerb));
        return actions;
    }
}
