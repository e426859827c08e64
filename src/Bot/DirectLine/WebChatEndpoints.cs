using BotApp.Data;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// What the page at / asks the server: is Web Chat on, which demo staff may I be (Development only), and a
/// Direct Line token for one of them. Outside Development the token endpoint wants the secret, which only an
/// embedding server holds, so the page itself offers no sign-in there.
/// </summary>
public static class WebChatEndpoints
{
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app, DirectLineMode mode)
    {
        app.MapGet("/webchat/config", () => Results.Ok(new WebChatConfig(mode.Enabled, mode.DemoSignIn, DirectLineServiceUrl.Prefix)));
        if (!mode.Enabled)
            return app;
        if (mode.DemoSignIn)
            app.MapGet("/webchat/staff", ListStaffAsync);
        app.MapPost("/webchat/token", IssueTokenAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ListStaffAsync(BotDbContext db, CancellationToken cancellationToken) => Results.Ok(
        await db.Staff.AsNoTracking()
            .Where(staff => staff.WebChatId != null)
            .OrderBy(staff => staff.Id)
            .Select(staff => new DemoStaff(staff.Id, staff.Name, staff.Role.ToString(), staff.Locale))
            .ToListAsync(cancellationToken));

    private static async Task<IResult> IssueTokenAsync(HttpRequest request, DirectLineMode mode, DirectLineTokens tokens, BotDbContext db, CancellationToken cancellationToken)
    {
        if (!mode.DemoSignIn)
        {
            var caller = tokens.Authenticate(request.Headers.Authorization);
            if (!caller.IsSecret)
                return caller.Succeeded ? DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Needs the secret.") : DirectLineErrors.From(caller);
        }
        var (body, error) = await DirectLineJson.ReadAsync<TokenRequest>(request, cancellationToken);
        if (error is not null)
            return error;
        if (body is null)
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "BadArgument", "Send {staffId}.");

        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == body.StaffId, cancellationToken);
        if (staff?.WebChatId is not { Length: > 0 } userId)
            return DirectLineErrors.Error(StatusCodes.Status404NotFound, "BadArgument", "No such staff member with a Web Chat id.");

        var conversationId = DirectLineConversations.NewId();
        var token = tokens.Issue(conversationId, userId, staff.Name);
        return Results.Ok(new WebChatToken(conversationId, token, tokens.LifetimeSeconds, userId, staff.Name, staff.Locale));
    }

    public sealed record WebChatConfig(bool Enabled, bool DemoSignIn, string DirectLinePath);

    public sealed record DemoStaff(long Id, string Name, string Role, string Locale);

    public sealed record TokenRequest(long StaffId);

    public sealed record WebChatToken(string ConversationId, string Token, int ExpiresIn, string UserId, string UserName, string Locale);
}
