using BotApp.Bot.Cards;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using BotApp.Data.Entities;

namespace BotApp.Bot.Notices;

/// <summary>
/// Puts an addressed notice into its conversation: over the card sent earlier under the same card key where the channel
/// can update messages (Teams), else as a new message. Each call waits its turn per conversation in the Connector client
/// (<see cref="ConversationPacer"/>), so a burst of notices to one person stays under Teams' per-thread limits.
/// </summary>
public sealed class NoticeSender(IConnectorClient connector)
{
    /// <summary>Direct Line and Web Chat answer 405 to an update (digest §5.6); only Teams edits a sent message.</summary>
    public static bool CanUpdate(string channelId) => CardChannelAdapter.IsTeams(channelId);

    public async Task<ConnectorResult<ResourceResponse>> SendAsync(
        ConversationReferenceRecord target, Activity activity, string? replacesActivityId, CancellationToken cancellationToken)
    {
        if (replacesActivityId is not null && CanUpdate(target.ChannelId))
        {
            activity.Id = replacesActivityId; // as Bot Builder: an update carries the id it replaces
            var updated = await connector.UpdateActivityAsync(target.ServiceUrl, target.ConversationId, replacesActivityId, activity, cancellationToken);
            if (updated.Succeeded)
                return ConnectorResult<ResourceResponse>.Ok(new ResourceResponse(replacesActivityId), updated.StatusCode);
            // The person deleted the card, or the channel will not edit it: a new message still tells them.
            if (updated.Outcome is not (ConnectorOutcome.NotFound or ConnectorOutcome.NotSupported))
                return updated;
        }
        return await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, cancellationToken);
    }
}
