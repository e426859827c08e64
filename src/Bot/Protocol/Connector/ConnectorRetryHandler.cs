using Microsoft.Extensions.Options;

namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// Retries throttled and transiently failed Connector calls on the pooled client (digest §2.2): honours
/// Retry-After, else backs off exponentially; never retries 400/401/403/404/405. A small handler of our own
/// rather than Polly: the rules are few, and with TimeProvider the tests step through every wait without sleeping.
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<ConnectorOptions> options, TimeProvider time, ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var policy = new ConnectorRetryPolicy(settings, time);
        // Every attempt must send the same bytes; a streamed body could only be read once.
        if (request.Content is not null)
            await request.Content.LoadIntoBufferAsync(cancellationToken);

        for (var retry = 0; ; retry++)
        {
            var canRetry = retry < settings.MaxRetries;
            TimeSpan? delay;
            try
            {
                var response = await SendAttemptAsync(request, settings.AttemptTimeout, cancellationToken);
                if (!canRetry || !ConnectorRetryPolicy.IsRetryable(response.StatusCode))
                    return response;
                delay = policy.DelayBefore(retry, response);
                if (delay is null)
                    return response; // asked to wait longer than we will: report Unavailable now instead of holding the turn
                logger.LogInformation("Connector {Method} {Host} answered {Status}; retry {Retry} in {Delay}", request.Method, request.RequestUri?.Host, (int)response.StatusCode, retry + 1, delay);
                response.Dispose();
            }
            catch (Exception exception) when (canRetry && IsTransient(exception, cancellationToken))
            {
                delay = policy.Backoff(retry);
                logger.LogInformation(exception, "Connector {Method} {Host} failed; retry {Retry} in {Delay}", request.Method, request.RequestUri?.Host, retry + 1, delay);
            }
            await Task.Delay(delay.Value, time, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        if (attemptTimeout == Timeout.InfiniteTimeSpan)
            return await base.SendAsync(request, cancellationToken);
        using var timeout = new CancellationTokenSource(attemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        return await base.SendAsync(request, linked.Token);
    }

    /// <summary>A network failure, or a timeout that is not the caller giving up.</summary>
    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
