using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Features.Plans;

/// <summary>"More" under a plan list: the next page, read again for whoever taps it (the card's list and offset are only where to start).</summary>
public sealed class MorePlansAction(CurrentStaff staff, PlanListCard card) : ICardActionHandler
{
    private const int MaxSkip = 10_000;

    string ICardActionHandler.Verb => PlanVerbs.More;

    public async Task HandleAsync(ITurnContext turnContext, JsonObject data, CancellationToken cancellationToken)
    {
        if (await staff.GetOrRefuseAsync(turnContext, cancellationToken) is not { } viewer)
            return;
        var list = data["list"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && data["list"]!.GetValue<string>() == PlanListCard.Approvals
            ? PlanListCard.Approvals : PlanListCard.Mine;
        var skip = data["skip"] is JsonValue v && v.TryGetValue<int>(out var s) && s is >= 0 and <= MaxSkip ? s : 0;
        await card.SendAsync(turnContext, viewer, list, skip, cancellationToken);
    }
}
