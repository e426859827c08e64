using System.Text.Json;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Channels redeliver an activity when a turn is slow (15 s budget). The first delivery claims the
/// activity id; a redelivery is acknowledged without running the bot again, and a redelivered invoke gets
/// the answer the first one produced. A turn that throws gives its claim back, so a retry after a failure
/// is processed. See <see cref="ProcessedActivities"/> for where claims are kept.
/// </summary>
public sealed class DuplicateSuppressionMiddleware(ProcessedActivities processed, ILogger<DuplicateSuppressionMiddleware> log) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var conversationId = activity.Conversation.Id;
        var (first, claim) = await processed.TryClaimAsync(conversationId, activity.Id, cancellationToken);
        if (!first)
        {
            log.LogInformation("Duplicate delivery of activity {ActivityId} in {ConversationId} acknowledged, not processed", activity.Id, conversationId);
            if (activity.IsType(ActivityTypes.Invoke))
                turnContext.InvokeResponse = EarlierInvokeResponse(claim);
            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            processed.Release(conversationId, activity.Id);
            throw;
        }
        var invokeResponse = turnContext.InvokeResponse is { } response ? JsonSerializer.Serialize(response, ProtocolJson.Options) : null;
        processed.Complete(conversationId, activity.Id, claim, invokeResponse);
    }

    // Still in progress: the first delivery will answer the channel; this one just acknowledges.
    private static InvokeResponse EarlierInvokeResponse(ProcessedActivities.Claim claim) =>
        claim.InvokeResponseJson is { } json
            ? JsonSerializer.Deserialize<InvokeResponse>(json, ProtocolJson.Options) ?? InvokeResponse.Ok()
            : InvokeResponse.Ok();
}
