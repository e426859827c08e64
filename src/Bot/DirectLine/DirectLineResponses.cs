using System.Text.Json.Serialization;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.DirectLine;

/// <summary>tokens/generate, tokens/refresh, and conversation start/reconnect (streamUrl omitted: polling only).</summary>
public sealed record Conversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>Optional body of tokens/generate and conversations: <c>{user:{id,name}, locale}</c>.</summary>
public sealed record StartRequest(ChannelAccount? User, string? Locale);

public static class DirectLineErrors
{
    /// <summary>Errors in Direct Line's shape, <c>{error:{code,message}}</c>, as DirectLineJS and Connector clients read them.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new Error(code, message)), ProtocolJson.Options, statusCode: status);

    public static IResult From(DirectLineCaller caller) =>
        Error(caller.FailureStatus, caller.FailureStatus == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Forbidden", caller.FailureReason ?? "");

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found");
}
