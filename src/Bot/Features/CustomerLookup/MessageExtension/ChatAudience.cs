using System.Text.Json.Nodes;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Handlers.Staff;
using Mediator;

namespace BotApp.Bot.Features.CustomerLookup.MessageExtension;

/// <summary>
/// The members of the chat an invoke came from, as staff: lists the roster through the Connector (paged, as Teams
/// asks) and identifies each member by Entra object id. It stops at the first member who is not on the staff list;
/// any failure to list answers <see cref="Audience.Unlisted"/>, never a guess.
/// </summary>
public sealed class ChatAudience(IConnectorClient connector, ISender mediator, ILogger<ChatAudience> log)
{
    /// <summary>A Teams group chat holds at most 250 people; a bigger roster is a team, and shows the least.</summary>
    public const int MaxMembers = 250;

    private const int PageSize = 100;

    public async Task<Audience> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || RosterId(activity) is not { } rosterId)
            return Audience.Unlisted;
        var staff = new Dictionary<long, StaffMember>();
        var listed = 0;
        string? continuation = null;
        do
        {
            var page = await connector.GetConversationPagedMembersAsync(serviceUrl, rosterId, PageSize, continuation, cancellationToken);
            if (!page.Succeeded || page.Value?.Members is not { } members)
            {
                log.LogInformation("Members of {Conversation} not listed ({Outcome} {Status}); the shared card shows the least", rosterId, page.Outcome, page.StatusCode);
                return Audience.Unlisted;
            }
            foreach (var member in members.Where(m => m.Id != activity.Recipient?.Id))
            {
                if (++listed > MaxMembers)
                    return Audience.Unlisted;
                if (await IdentifyAsync(member, cancellationToken) is not { } person)
                    return Audience.Unknown;
                staff.TryAdd(person.Id, person);
            }
            continuation = page.Value.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
        return staff.Count == 0 ? Audience.Unlisted : Audience.Of([.. staff.Values]);
    }

    private async Task<StaffMember?> IdentifyAsync(ChannelAccount member, CancellationToken cancellationToken) =>
        member.AadObjectId is { Length: > 0 } aadObjectId
            ? await mediator.Send(new IdentifyStaff(aadObjectId, WebChatId: null), cancellationToken)
            : null;

    /// <summary>
    /// In a team, the team's roster (channelData.team.id), as Bot Builder's TeamsInfo does: a superset of any of its
    /// channels' members, private channels included, so never too few readers. Elsewhere the conversation itself,
    /// without a thread suffix (";messageid=…").
    /// </summary>
    public static string? RosterId(Activity activity)
    {
        if (activity.ChannelData is JsonObject data && data["team"] is JsonObject team
            && team["id"] is JsonValue id && id.TryGetValue<string>(out var teamId) && teamId.Length > 0)
            return teamId;
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
            return null;
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread >= 0 ? conversationId[..thread] : conversationId;
    }
}
