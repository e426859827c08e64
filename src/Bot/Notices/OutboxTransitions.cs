using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using BotApp.Data.Entities;

namespace BotApp.Bot.Notices;

/// <summary>The states an outbox row moves through, and which Connector outcomes lead where.</summary>
internal static class OutboxTransitions
{
    private const int MaxErrorLength = 1000;

    public static DeliveryResult MarkSent(this OutboxMessage row, string? activityId, DateTimeOffset now)
    {
        (row.Status, row.SentAt, row.ActivityId, row.LastError) = (OutboxStatus.Sent, now, activityId, null);
        return DeliveryResult.Sent;
    }

    /// <summary>Settled without a message: Sent with neither SentAt nor ActivityId (there is no third final state).</summary>
    public static DeliveryResult MarkDropped(this OutboxMessage row)
    {
        (row.Status, row.SentAt, row.ActivityId, row.LastError) = (OutboxStatus.Sent, null, null, null);
        return DeliveryResult.Dropped;
    }

    public static DeliveryResult MarkFailed(this OutboxMessage row, string error)
    {
        (row.Status, row.LastError) = (OutboxStatus.Failed, Shorten(error));
        return DeliveryResult.Failed;
    }

    /// <summary>Due again after the back-off for the tries made so far, or Failed once they are all spent.</summary>
    public static DeliveryResult RetryLater(this OutboxMessage row, string error, OutboxOptions options, DateTimeOffset now)
    {
        if (row.Attempts >= options.MaxAttempts)
            return row.MarkFailed($"Gave up after {row.Attempts} attempts: {error}");
        (row.LastError, row.NextAttemptAt) = (Shorten(error), now + options.BackoffAfter(row.Attempts));
        return DeliveryResult.RetryLater;
    }

    /// <summary>How the channel answered: sent, retried later, or failed (and a conversation that is gone deactivated).</summary>
    public static DeliveryResult Record(this OutboxMessage row, ConnectorResult<ResourceResponse> sent, OutboxOptions options, DateTimeOffset now)
    {
        if (sent.Succeeded)
            return row.MarkSent(sent.Value?.Id, now);
        var error = $"{sent.Outcome} (HTTP {sent.StatusCode}) {sent.ErrorCode} {sent.ErrorMessage}".TrimEnd();
        if (IsTransient(sent.Outcome))
            return row.RetryLater(error, options, now);
        if (MeansConversationGone(sent.Outcome))
            (row.ConversationReference.IsActive, row.ConversationReference.UpdatedAt) = (false, now);
        return row.MarkFailed(error);
    }

    /// <summary>
    /// 403 (blocked, uninstalled: Teams' MessageWritesBlocked) and 404 (the chat is gone) on a post mean nothing will reach
    /// this conversation until the person writes to the bot again.
    /// </summary>
    private static bool MeansConversationGone(ConnectorOutcome outcome) => outcome is ConnectorOutcome.BotBlocked or ConnectorOutcome.NotFound;

    /// <summary>
    /// 429 and 5xx after the client's own retries, or no connection: the channel is busy or down. 401 too: a token that
    /// failed now may be accepted after a refresh, and giving up on a credentials hiccup would lose the notice.
    /// </summary>
    private static bool IsTransient(ConnectorOutcome outcome) => outcome is ConnectorOutcome.Unavailable or ConnectorOutcome.Unauthorized;

    private static string Shorten(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
