using System.Security.Cryptography;

namespace BotApp.Bot.DirectLine;

/// <summary><c>tokens/generate</c> (secret only) and <c>tokens/refresh</c> (token only), as Direct Line 3.0.</summary>
public static class TokenEndpoints
{
    public static RouteGroupBuilder MapTokenEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        return group;
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var caller = tokens.Authenticate(request.Headers.Authorization);
        if (!caller.Succeeded)
            return DirectLineErrors.From(caller);
        if (!caller.IsSecret)
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Generating a token needs the secret.");

        var (body, error) = await DirectLineJson.ReadAsync<StartRequest>(request, cancellationToken);
        if (error is not null)
            return error;
        // The secret's holder is trusted to name the user; otherwise the user gets a fresh id no one else has.
        var userId = body?.User?.Id is { Length: > 0 } id ? id : NewUserId();
        var conversationId = DirectLineConversations.NewId();
        return Results.Ok(new Conversation(conversationId, tokens.Issue(conversationId, userId, body?.User?.Name), tokens.LifetimeSeconds));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens)
    {
        var caller = tokens.Authenticate(request.Headers.Authorization);
        if (!caller.Succeeded)
            return DirectLineErrors.From(caller);
        if (caller.Token is not { } token)
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "Only a token can be refreshed.");
        return Results.Ok(new Conversation(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId, token.UserName), tokens.LifetimeSeconds));
    }

    public static string NewUserId() => $"dl_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
}
