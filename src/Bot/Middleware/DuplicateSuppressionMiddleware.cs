using System.Text.Json;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;
using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Channels redeliver an activity when a turn is slow (15 s budget). The first delivery claims the
/// activity id in the store; a redelivery is acknowledged without running the bot again. A retried
/// invoke gets the answer the first one produced. A turn that throws gives its claim back, so a
/// retry after a failure is processed.
/// </summary>
public sealed class DuplicateSuppressionMiddleware(BotDbContext db, TimeProvider clock, ILogger<DuplicateSuppressionMiddleware> log) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var claim = new ProcessedActivity { ConversationId = activity.Conversation.Id, ActivityId = activity.Id, ProcessedAt = clock.GetUtcNow() };
        if (!await TryClaimAsync(claim, cancellationToken))
        {
            log.LogInformation("Duplicate delivery of activity {ActivityId} in {ConversationId} acknowledged, not processed", activity.Id, activity.Conversation.Id);
            if (activity.IsType(ActivityTypes.Invoke))
                turnContext.InvokeResponse = await EarlierInvokeResponseAsync(claim, cancellationToken);
            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            await db.ProcessedActivities.Where(p => p.ConversationId == claim.ConversationId && p.ActivityId == claim.ActivityId)
                .ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        if (turnContext.InvokeResponse is { } response)
            await db.ProcessedActivities.Where(p => p.ConversationId == claim.ConversationId && p.ActivityId == claim.ActivityId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.InvokeResponseJson, JsonSerializer.Serialize(response, ProtocolJson.Options)), cancellationToken);
    }

    private async Task<bool> TryClaimAsync(ProcessedActivity claim, CancellationToken cancellationToken)
    {
        db.ProcessedActivities.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            return false; // SQLITE_CONSTRAINT: the primary key (conversation, activity id) is taken
        }
        finally
        {
            db.Entry(claim).State = EntityState.Detached;
        }
    }

    private async Task<InvokeResponse> EarlierInvokeResponseAsync(ProcessedActivity claim, CancellationToken cancellationToken)
    {
        var json = await db.ProcessedActivities.AsNoTracking()
            .Where(p => p.ConversationId == claim.ConversationId && p.ActivityId == claim.ActivityId)
            .Select(p => p.InvokeResponseJson).SingleOrDefaultAsync(cancellationToken);
        // Still in progress: the first delivery will answer the channel; this one just acknowledges.
        return json is null
            ? InvokeResponse.Ok()
            : JsonSerializer.Deserialize<InvokeResponse>(json, ProtocolJson.Options) ?? InvokeResponse.Ok();
    }
}
