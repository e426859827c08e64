using System.Text.Json.Nodes;
using BotApp.Bot.Cards;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Schema;
using BotApp.Handlers.Plans;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// A plan's card for one reader. In Teams it carries a Universal Actions refresh for the people who may act on the
/// current step and the requester, so whoever opens it later sees it as it is then (buttons only for those who may use
/// them); Web Chat has no refresh and gets a new card for each change instead.
/// </summary>
public sealed class PlanCard(ICardRenderer cards, PlanCardData content, StaffChannelIds channelIds)
{
    public const string Template = "plan";

    /// <summary>Teams reads at most this many refresh.userIds.</summary>
    private const int MaxRefreshUsers = 60;

    public async Task<Attachment> RenderAsync(PlanView plan, PlanReader reader, string? channelId, JsonObject? notice, CancellationToken cancellationToken)
    {
        var data = content.Build(plan, reader.Locale, reader.TimeZone, notice);
        if (CardChannelAdapter.IsTeams(channelId))
        {
            var userIds = await channelIds.TeamsUserIdsAsync(plan.CurrentActorIds.Append(plan.Requester.Id), cancellationToken);
            if (userIds.Count > 0)
            {
                data["refresh"] = new JsonObject
                {
                    ["verb"] = PlanVerbs.Refresh,
                    ["data"] = new JsonObject { ["planId"] = plan.Id },
                    ["userIds"] = new JsonArray([.. userIds.Take(MaxRefreshUsers).Select(id => (JsonNode)id)]),
                };
            }
        }
        return cards.Render(Template, data, channelId);
    }
}

/// <summary>Who reads a card: their language and time zone.</summary>
public sealed record PlanReader(string? Locale, string TimeZone);
