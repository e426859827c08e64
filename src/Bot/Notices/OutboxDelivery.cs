using BotApp.Bot.Middleware;
using BotApp.Bot.Protocol.Connector;
using BotApp.Bot.Protocol.Schema;
using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Notices;

/// <summary>
/// One try at one outbox row, in its own DI scope (renderers use Mediator and the DbContext): find the recipient, render
/// the notice in their language, send it, and record the outcome with the activity id in one SaveChanges.
/// </summary>
public sealed class OutboxDelivery(
    IServiceScopeFactory scopes, NoticeSender sender, SavedReferenceCache savedReferences, IOptions<OutboxOptions> options,
    TimeProvider time, ILogger<OutboxDelivery> log)
{
    public async Task<DeliveryResult> DeliverAsync(long rowId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var row = await db.Outbox.Include(o => o.ConversationReference).SingleOrDefaultAsync(o => o.Id == rowId, cancellationToken);
        if (row is not { Status: OutboxStatus.Pending })
            return DeliveryResult.NotPending;
        row.Attempts++;
        var result = await TryAsync(scope.ServiceProvider, db, row, cancellationToken);
        var deactivated = db.Entry(row.ConversationReference).Property(r => r.IsActive).IsModified;
        // Not cancellable: once the channel has the message, recording it is what keeps it from going out again.
        await db.SaveChangesAsync(CancellationToken.None);
        if (deactivated)
            Forget(row.ConversationReference);
        if (result == DeliveryResult.Failed)
            log.LogWarning("Outbox message {Id} ({SourceKey}) failed: {Error}", row.Id, row.SourceKey, row.LastError);
        return result;
    }

    private async Task<DeliveryResult> TryAsync(IServiceProvider services, BotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var target = row.ConversationReference;
        if (!target.IsActive)
            return row.MarkFailed("The conversation is no longer active: the bot was removed or blocked there.");
        if (NoticePayload.Read(row.PayloadJson) is not { } payload)
            return row.MarkFailed("The payload is not a notice: {\"kind\":…, \"data\":{…}} expected.");
        if (services.GetServices<INoticeRenderer>().LastOrDefault(r => r.Kind == payload.Kind) is not { } renderer)
            return row.MarkFailed($"No notice renderer for kind '{payload.Kind}'.");
        if (await NoticeRecipients.FindAsync(db, target, cancellationToken) is not { } recipient)
            return row.MarkFailed("No member of staff chats in this conversation any more.");

        var reference = ProactiveAddress.ReferenceOf(target);
        Activity? activity;
        try
        {
            activity = await renderer.RenderAsync(new NoticeContext(payload.Kind, recipient, target.ChannelId, reference, payload.Data, row.SourceKey), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A database hiccup or a bug: either way a later try may do better, and the tries are bounded.
            log.LogError(exception, "Rendering notice {Kind} for outbox message {Id} failed", payload.Kind, row.Id);
            return row.RetryLater($"Rendering failed: {exception.Message}", options.Value, time.GetUtcNow());
        }
        if (activity is null)
            return row.MarkDropped();

        ProactiveAddress.Address(activity, reference, recipient.Locale);
        var replaces = row.CardKey is not null && NoticeSender.CanUpdate(target.ChannelId) ? await CardToReplaceAsync(db, row, cancellationToken) : null;
        ConnectorResult<ResourceResponse> sent;
        try
        {
            sent = await sender.SendAsync(target, activity, replaces, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // No Connector token (the identity provider is down or refuses the secret): nothing went out; bounded retries.
            log.LogError(exception, "Sending outbox message {Id} failed", row.Id);
            return row.RetryLater($"Sending failed: {exception.Message}", options.Value, time.GetUtcNow());
        }
        return row.Record(sent, options.Value, time.GetUtcNow());
    }

    /// <summary>The message that last showed this card in this conversation.</summary>
    private static Task<string?> CardToReplaceAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken) =>
        db.Outbox.AsNoTracking()
            .Where(o => o.ConversationReferenceId == row.ConversationReferenceId && o.CardKey == row.CardKey && o.Id < row.Id
                && o.Status == OutboxStatus.Sent && o.ActivityId != null)
            .OrderByDescending(o => o.Id).Select(o => o.ActivityId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A deactivated conversation comes back when the person writes to the bot again: that turn saves the reference as
    /// active, and forgetting it here (after the commit) keeps the middleware from skipping that save as unchanged.
    /// </summary>
    private void Forget(ConversationReferenceRecord target) => savedReferences.ForgetConversation(target.ChannelId, target.ConversationId);
}
