using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.DirectLine;

/// <summary>The client side of Direct Line 3.0 that DirectLineJS uses when polling (<c>webSocket: false</c>).</summary>
public static class ConversationEndpoints
{
    public static RouteGroupBuilder MapConversationEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        return group;
    }

    /// <summary>201 for a new conversation, 200 when the token's conversation already runs; always with a token (DirectLineJS uses it).</summary>
    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineBridge bridge, DirectLineServiceUrl serviceUrl, CancellationToken cancellationToken)
    {
        var caller = tokens.Authenticate(request.Headers.Authorization);
        if (!caller.Succeeded)
            return DirectLineErrors.From(caller);
        var (body, error) = await DirectLineJson.ReadAsync<StartRequest>(request, cancellationToken);
        if (error is not null)
            return error;

        // A token's user wins over the body's: a client cannot choose who it is.
        var user = caller.Token is { } token
            ? new ChannelAccount { Id = token.UserId, Name = token.UserName, Role = "user" }
            : new ChannelAccount { Id = body?.User?.Id is { Length: > 0 } id ? id : TokenEndpoints.NewUserId(), Name = body?.User?.Name, Role = "user" };
        var conversationId = caller.Token?.ConversationId ?? DirectLineConversations.NewId();

        var (conversation, created) = conversations.Start(conversationId, user, body?.Locale);
        if (created)
            await bridge.StartAsync(conversation, serviceUrl.For(request), cancellationToken);
        var response = new Conversation(conversation.Id, tokens.Issue(conversation.Id, conversation.User.Id!, conversation.User.Name), tokens.LifetimeSeconds);
        return Results.Json(response, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var (conversation, _, denied) = Authorize(conversationId, request, tokens, conversations);
        return denied ?? Results.Ok(new Conversation(conversation!.Id, tokens.Issue(conversation.Id, conversation.User.Id!, conversation.User.Name), tokens.LifetimeSeconds));
    }

    /// <summary>Includes the user's own activities, with their ids: Web Chat waits for that echo.</summary>
    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time)
    {
        var (conversation, _, denied) = Authorize(conversationId, request, tokens, conversations);
        return denied ?? Results.Json(conversation!.Since(watermark, time.GetUtcNow()), ProtocolJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineBridge bridge, DirectLineServiceUrl serviceUrl, CancellationToken cancellationToken)
    {
        var (conversation, caller, denied) = Authorize(conversationId, request, tokens, conversations);
        if (denied is not null)
            return denied;
        var (activity, error) = await DirectLineJson.ReadAsync<Activity>(request, cancellationToken);
        if (error is not null)
            return error;
        if (activity is null || string.IsNullOrEmpty(activity.Type))
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity has no type.");

        // Forced from the token (or, for the secret, the conversation's user): nobody posts as someone else.
        var token = caller.Token;
        var from = new ChannelAccount { Id = token?.UserId ?? conversation!.User.Id, Name = token?.UserName ?? activity.From?.Name ?? conversation!.User.Name, Role = "user" };

        var (id, botSucceeded) = await bridge.PostAsync(conversation!, activity, from, serviceUrl.For(request), cancellationToken);
        return botSucceeded
            ? Results.Ok(new ResourceResponse(id))
            : DirectLineErrors.Error(StatusCodes.Status502BadGateway, "BotError", "The bot failed to handle the activity.");
    }

    /// <summary>401/403 for the caller, 404 for a conversation that never started or was forgotten; null when allowed.</summary>
    private static (DirectLineConversation? Conversation, DirectLineCaller Caller, IResult? Denied) Authorize(string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineConversations conversations)
    {
        var caller = tokens.Authenticate(request.Headers.Authorization);
        if (!caller.Succeeded)
            return (null, caller, DirectLineErrors.From(caller));
        if (!caller.MayUse(conversationId))
            return (null, caller, DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is for another conversation."));
        var conversation = conversations.Find(conversationId);
        return (conversation, caller, conversation is null ? DirectLineErrors.NotFound() : null);
    }
}
