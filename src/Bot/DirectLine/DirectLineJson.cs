using System.Text.Json;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.DirectLine;

/// <summary>Reads a request body of at most 1 MB with the wire serializer; an empty body is <c>default</c>.</summary>
public static class DirectLineJson
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return (default, TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        // Chunked bodies have no Content-Length, so the limit is enforced while reading too.
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return (default, TooLarge());
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return (default, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ProtocolJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (default, DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", $"Malformed JSON: {ex.Message}"));
        }
    }

    private static IResult TooLarge() =>
        DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "A request may be at most 1 MB.");
}
