using BotApp.Bot.Localization;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Middleware;

/// <summary>
/// Outermost middleware (Bot Builder's OnTurnError): a failed turn gets a short apology with a
/// correlation id the user can quote to support, and the exception is logged under the same id.
/// </summary>
public sealed class ErrorMiddleware(ILocalizer localizer, ILogger<ErrorMiddleware> log) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        try
        {
            await next(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var correlationId = CorrelationId();
            var activity = turnContext.Activity;
            log.LogError(ex, "Turn failed [{CorrelationId}] for activity {ActivityId} ({Type}) in conversation {ConversationId} on {ChannelId}",
                correlationId, activity.Id, activity.Type, activity.Conversation?.Id, activity.ChannelId);

            var apology = localizer.Get(TextKeys.ErrorApology, activity.Locale, correlationId);
            if (activity.IsType(ActivityTypes.Invoke))
            {
                turnContext.InvokeResponse = InvokeResponse.Error(500, "InternalError", apology);
                return;
            }
            await TryApologiseAsync(turnContext, apology, correlationId, cancellationToken);
        }
    }

    private async Task TryApologiseAsync(ITurnContext turnContext, string apology, string correlationId, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(apology, cancellationToken);
        }
        catch (Exception ex)
        {
            // The channel itself may be what failed; the log line above already has the cause.
            log.LogWarning(ex, "Could not deliver the apology [{CorrelationId}]", correlationId);
        }
    }

    private static string CorrelationId() =>
        System.Diagnostics.Activity.Current?.TraceId.ToHexString()[..12] ?? Guid.NewGuid().ToString("N")[..12];
}
