using System.Net;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// The Connector API this channel offers the bot (it is the bot's serviceUrl): send and reply append to the
/// conversation; update and delete answer 405 exactly as real Direct Line does; members lists user and bot.
/// </summary>
public static class BotEndpoints
{
    public static RouteGroupBuilder MapBotEndpoints(this RouteGroupBuilder group)
    {
        var conversation = group.MapGroup("/v3/conversations/{conversationId}").AddEndpointFilter(LoopbackOnlyAsync);
        conversation.MapPost("/activities", AppendAsync);
        conversation.MapPost("/activities/{activityId}", AppendAsync);
        conversation.MapPut("/activities/{activityId}", NotSupported);
        conversation.MapDelete("/activities/{activityId}", NotSupported);
        conversation.MapGet("/members", Members);
        return group;
    }

    private static async Task<IResult> AppendAsync(string conversationId, HttpRequest request, DirectLineConversations conversations, DirectLineBridge bridge, TimeProvider time, CancellationToken cancellationToken)
    {
        var (activity, error) = await DirectLineJson.ReadAsync<Activity>(request, cancellationToken);
        if (error is not null)
            return error;
        if (activity is null || string.IsNullOrEmpty(activity.Type))
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity has no type.");
        if (conversations.Find(conversationId) is not { } conversation)
            return DirectLineErrors.NotFound();

        activity.From ??= bridge.Bot;
        activity.From.Role = "bot";
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.ChannelId = DirectLineBridge.ChannelId;
        // Typing is dropped: pollers never get it from Direct Line either.
        var id = conversation.Append(activity, visible: !activity.IsType(ActivityTypes.Typing), time.GetUtcNow());
        return Results.Ok(new ResourceResponse(id));
    }

    private static IResult NotSupported() =>
        DirectLineErrors.Error(StatusCodes.Status405MethodNotAllowed, "BadArgument", "This channel does not support this operation");

    private static IResult Members(string conversationId, DirectLineConversations conversations, DirectLineBridge bridge) =>
        conversations.Find(conversationId) is { } conversation
            ? Results.Json(new[] { conversation.User, bridge.Bot }, ProtocolJson.Options)
            : DirectLineErrors.NotFound();

    /// <summary>
    /// These endpoints take no credentials: the only legitimate caller is this process's own Connector client,
    /// which sends no token to a loopback serviceUrl (and none at all when the bot is anonymous). Anyone else
    /// could post as the bot, so only loopback callers are served. TestServer has no remote address (null).
    /// Behind a reverse proxy on the same host, set DirectLine:ServiceUrl to a loopback address and do not
    /// forward /v3/directline/v3/ from outside.
    /// </summary>
    private static async ValueTask<object?> LoopbackOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is not null && !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Only the bot on this host may call the bot side of this channel.");
        return await next(context);
    }
}
