using System.Buffers;
using System.Text.Json;
using BotApp.Bot.Protocol.Auth;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Protocol.Turns;

namespace BotApp.Bot.Protocol;

/// <summary>
/// <c>POST /api/messages</c>: the channel's way in. Bad requests get a short problem+json 4xx, never a 500;
/// non-invoke activities get 200 with no body; invokes get their invoke response.
/// </summary>
public static class MessagesEndpoint
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IChannelAuthenticator authenticator, CloudAdapter adapter, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger("BotApp.Messages");
        var request = http.Request;

        if (!IsJson(request.ContentType))
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the activity as application/json.");
        if (request.ContentLength > MaxBodyBytes)
            return Problem(StatusCodes.Status413PayloadTooLarge, "Activity too large", "An activity may be at most 1 MB.");

        var (activity, error) = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
            return error!;

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            log.LogWarning("Rejected activity {ActivityId} from channel {ChannelId}: {Reason}", activity.Id, activity.ChannelId, auth.FailureReason);
            return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The request did not carry a valid Bot Framework token.");
        }

        var invokeResponse = await adapter.ProcessActivityAsync(activity, auth.CallerId, cancellationToken);
        if (invokeResponse is null)
            return Results.Ok();
        return invokeResponse.Body is null
            ? Results.StatusCode(invokeResponse.Status)
            : Results.Json(invokeResponse.Body, ProtocolJson.Options, statusCode: invokeResponse.Status);
    }

    private static async Task<(Activity?, IResult?)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // One pooled buffer per request; chunked bodies have no Content-Length, so the limit is enforced while reading.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, MaxBodyBytes) + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxBodyBytes)
                    return (null, Problem(StatusCodes.Status413PayloadTooLarge, "Activity too large", "An activity may be at most 1 MB."));
                if (length == buffer.Length)
                    buffer = Grow(buffer);
            }
            if (length == 0)
                return (null, Problem(StatusCodes.Status400BadRequest, "Missing activity", "The request body is empty."));
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, MaxBodyBytes + 1));
        buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static (Activity?, IResult?) Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options);
            if (activity is null || string.IsNullOrEmpty(activity.Type))
                return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no type."));
            if (string.IsNullOrEmpty(activity.Conversation?.Id))
                return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no conversation id (A2080)."));
            return (activity, null);
        }
        catch (JsonException ex)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not a valid activity: {ex.Message}"));
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
